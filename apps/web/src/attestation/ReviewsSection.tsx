import type { User } from '../api/types';
import { formatDateTime } from '../ui/format';
import { EmptyState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import type { Finding, ReviewDecision } from './attestation-types';
import { whoIs } from './who';

const DECISION_LABELS: Record<ReviewDecision['decision'], string> = { approve: 'Approve', reject: 'Reject', request_changes: 'Request changes' };

/** Auditors' decisions with their rationale; a first approval of two shows as such. */
export function ReviewsSection({ reviews, findings, me }: { reviews: ReviewDecision[]; findings: Finding[]; me: User }) {
  const codeOf = new Map(findings.map((finding) => [finding.id, finding.code]));
  return (
    <section aria-labelledby="attestation-reviews">
      <h2 id="attestation-reviews">Review decisions</h2>
      {reviews.length === 0 && <EmptyState>No auditor has decided yet.</EmptyState>}
      {reviews.map((review) => (
        <article key={review.id} className="card att-card" aria-label={`Decision ${DECISION_LABELS[review.decision]}`}>
          <h3>
            {DECISION_LABELS[review.decision]} <StatusBadge status={review.outcome} />
          </h3>
          <p className="muted">
            By {whoIs(review.auditorId, me, 'auditor')}, {formatDateTime(review.decidedAt)}
            {review.outcome === 'first_approval' && ' — the first of two approvals this attestation needs'}
          </p>
          <blockquote className="att-rationale">{review.rationale}</blockquote>
          {review.findingIds.length > 0 && <p>Findings raised: {review.findingIds.map((id) => codeOf.get(id) ?? id).join(', ')}</p>}
        </article>
      ))}
    </section>
  );
}
