import type { AttestationStatus } from '@tiergate/domain';
import type { ComplianceStatus, InventoryModelTotal, ReviewApproval } from '@tiergate/persistence';
import type { CompiledPolicy } from '@tiergate/policy';
import type { FindingCounts } from './finding-counts';

/** One queue row as read by the queue query: the item with its attestation, facility and organisation. */
export interface ReviewQueueRow {
  id: string;
  priority: number;
  approvals_required: number;
  approvals: ReviewApproval[];
  claimed_by: string | null;
  lease_until: Date | null;
  created_at: Date;
  attestation_id: string;
  attestation_version: number;
  attestation_status: AttestationStatus;
  submitted_at: Date | null;
  policy_version_id: string;
  datacenter_id: string;
  datacenter_name: string;
  country_code: string;
  compliance_status: ComplianceStatus;
  inventory_models: InventoryModelTotal[];
  organization_id: string;
  organization_name: string;
}

export interface ReviewQueueItemView {
  id: string;
  priority: number;
  /** A first approval is recorded; a different auditor must give the second. */
  secondApproval: boolean;
  approvalsRequired: number;
  approvals: ReviewApproval[];
  /** Null when nobody holds a live lease (an expired lease counts as none). */
  claim: { auditorId: string; leaseUntil: string } | null;
  attestation: { id: string; version: number; status: AttestationStatus; submittedAt: string | null; policyVersionId: string };
  datacenter: { id: string; name: string; countryCode: string; tier: 1 | 2 | 3 | null; h100Equivalents: number; complianceStatus: ComplianceStatus };
  organization: { id: string; name: string };
  findings: FindingCounts;
  queuedAt: string;
  /** Seconds since the item entered the queue. */
  ageSeconds: number;
}

export function toReviewQueueItemView(row: ReviewQueueRow, findings: FindingCounts, policy: CompiledPolicy, now: Date): ReviewQueueItemView {
  const leaseLive = row.claimed_by !== null && row.lease_until !== null && row.lease_until.getTime() >= now.getTime();
  return {
    id: row.id,
    priority: row.priority,
    secondApproval: row.approvals.length > 0 && row.approvals.length < row.approvals_required,
    approvalsRequired: row.approvals_required,
    approvals: row.approvals,
    claim: leaseLive ? { auditorId: row.claimed_by as string, leaseUntil: (row.lease_until as Date).toISOString() } : null,
    attestation: {
      id: row.attestation_id,
      version: row.attestation_version,
      status: row.attestation_status,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      policyVersionId: row.policy_version_id,
    },
    datacenter: {
      id: row.datacenter_id,
      name: row.datacenter_name,
      countryCode: row.country_code,
      tier: policy.countries.get(row.country_code)?.tier ?? null,
      h100Equivalents: Math.round(policy.classifier.summarise(row.inventory_models).h100Equivalents * 1_000) / 1_000,
      complianceStatus: row.compliance_status,
    },
    organization: { id: row.organization_id, name: row.organization_name },
    findings,
    queuedAt: row.created_at.toISOString(),
    ageSeconds: Math.max(0, Math.floor((now.getTime() - row.created_at.getTime()) / 1000)),
  };
}
