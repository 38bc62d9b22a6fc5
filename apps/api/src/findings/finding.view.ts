import type { FindingEntity } from '@tiergate/persistence';

export interface FindingView {
  id: string;
  attestationId: string;
  datacenterId: string;
  organizationId: string;
  code: string;
  severity: FindingEntity['severity'];
  message: string;
  controlId: string | null;
  source: FindingEntity['source'];
  createdBy: string | null;
  status: FindingEntity['status'];
  response: string | null;
  /** A blocker's closure proposed by one auditor, waiting for a second to confirm; null otherwise. */
  closeProposal: { proposedBy: string; proposedAt: string; note: string | null } | null;
  details: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export function toFindingView(row: FindingEntity): FindingView {
  return {
    id: row.id,
    attestationId: row.attestationId,
    datacenterId: row.datacenterId,
    organizationId: row.organizationId,
    code: row.code,
    severity: row.severity,
    message: row.message,
    controlId: row.controlId,
    source: row.source,
    createdBy: row.createdBy,
    status: row.status,
    response: row.response,
    closeProposal:
      row.closeProposedBy && row.closeProposedAt && row.status !== 'closed' ? { proposedBy: row.closeProposedBy, proposedAt: row.closeProposedAt.toISOString(), note: row.closeProposalNote } : null,
    details: row.details,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
