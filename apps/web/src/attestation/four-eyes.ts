import type { Attestation, ReviewDecision } from './attestation-types';

/**
 * Where an attestation in review stands under the four-eyes rule, read from its own record: a
 * first approval given since the latest submission means a different auditor must give the second.
 * (The review queue item carries `approvalsRequired`; the attestation alone cannot tell whether a
 * single approval will be final, only whether one is already recorded.)
 */
export function pendingFirstApproval(attestation: Attestation): ReviewDecision | null {
  if (attestation.status !== 'in_review') return null;
  const submittedAt = attestation.submittedAt ? Date.parse(attestation.submittedAt) : 0;
  const firsts = attestation.reviews.filter((review) => review.outcome === 'first_approval' && Date.parse(review.decidedAt) >= submittedAt);
  return firsts.at(-1) ?? null;
}
