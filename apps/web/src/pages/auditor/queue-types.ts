import type { AttestationStatus, FindingSeverity } from '../../attestation/attestation-types';

/** One item of GET /review-queue. */
export interface ReviewQueueItem {
  id: string;
  priority: number;
  /** A first approval is recorded; a different auditor must give the second. */
  secondApproval: boolean;
  approvalsRequired: number;
  approvals: { auditorId: string; at: string }[];
  claim: { auditorId: string; leaseUntil: string } | null;
  attestation: { id: string; version: number; status: AttestationStatus; submittedAt: string | null; policyVersionId: string };
  datacenter: { id: string; name: string; countryCode: string; tier: 1 | 2 | 3 | null; h100Equivalents: number; complianceStatus: string };
  organization: { id: string; name: string };
  findings: { open: Record<FindingSeverity, number>; remediated: number; closed: number; total: number };
  queuedAt: string;
  ageSeconds: number;
}

/** GET /review-queue/stats */
export interface ReviewQueueStats {
  depth: { total: number; unclaimed: number; claimed: number; awaitingSecondApproval: number; byPriority: Record<string, number> };
  oldestItemAgeSeconds: number | null;
  decisions: { windowDays: number; count: number; medianSecondsFromSubmission: number | null };
}

/** The answer of POST /attestations/:id/decisions. */
export interface DecisionReceipt {
  outcome: 'first_approval' | 'approved' | 'rejected' | 'changes_requested';
  attestation: { status: AttestationStatus; validFrom: string | null; validUntil: string | null };
  reviewItem: { id: string; status: 'open' | 'closed'; approvalsRequired: number; approvals: { auditorId: string; at: string }[] };
  findings: { id: string; code: string }[];
}
