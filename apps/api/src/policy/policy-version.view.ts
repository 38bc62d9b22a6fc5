import type { PolicyApprovalEntity, PolicyVersionEntity } from '@tiergate/persistence';

export interface PolicyVersionView {
  id: string;
  version: string;
  title: string;
  status: PolicyVersionEntity['status'];
  publishedBy: string;
  publishedAt: string;
  activatedAt: string | null;
  approvals: { approvedBy: string; approvedAt: string }[];
  /** Distinct regulator approvals the active policy requires before this version may be activated. */
  approvalsRequired: number;
  /** After activation, the worker re-checks affected facilities: how many, and how many are done. */
  reevaluation: { total: number; done: number } | null;
}

export function toPolicyVersionView(row: PolicyVersionEntity, approvals: PolicyApprovalEntity[], approvalsRequired: number): PolicyVersionView {
  return {
    id: row.id,
    version: row.version,
    title: typeof row.pack['title'] === 'string' ? row.pack['title'] : row.version,
    status: row.status,
    publishedBy: row.publishedBy,
    publishedAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    approvals: approvals.map((approval) => ({ approvedBy: approval.approvedBy, approvedAt: approval.createdAt.toISOString() })),
    approvalsRequired,
    reevaluation: row.reevaluationTotal === null ? null : { total: row.reevaluationTotal, done: row.reevaluationDone },
  };
}
