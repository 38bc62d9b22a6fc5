import type { ReviewDecisionEntity } from '@tiergate/persistence';

/** A decision as the attestation detail lists it under `reviews`. */
export interface ReviewDecisionView {
  id: string;
  auditorId: string;
  decision: ReviewDecisionEntity['decision'];
  outcome: ReviewDecisionEntity['outcome'];
  rationale: string;
  findingIds: string[];
  decidedAt: string;
}

export function toReviewDecisionView(row: ReviewDecisionEntity): ReviewDecisionView {
  return {
    id: row.id,
    auditorId: row.auditorId,
    decision: row.decision,
    outcome: row.outcome,
    rationale: row.rationale,
    findingIds: row.findingIds,
    decidedAt: row.decidedAt.toISOString(),
  };
}
