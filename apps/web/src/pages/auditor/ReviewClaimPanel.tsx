import { api } from '../../api/client';
import type { User } from '../../api/types';
import type { AttestationStatus } from '../../attestation/attestation-types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/use-action';
import { claimText, fourEyesText } from './queue-format';
import type { ReviewQueueItem } from './queue-types';

interface ReviewClaimPanelProps {
  /** The caller's own claimed item for this attestation, if they hold one. */
  mine: ReviewQueueItem | undefined;
  /** The queue item the auditor came from, when they have not claimed it (yet). */
  itemId: string | null;
  /** The attestation's status: only one in review can be claimed and decided. */
  status: AttestationStatus | undefined;
  me: User;
  onChanged(): void;
}

/** Whether the viewer holds the review (only the holder may decide), with claim and release, and the four-eyes state. */
export function ReviewClaimPanel({ mine, itemId, status, me, onChanged }: ReviewClaimPanelProps) {
  const lease = useAction((id: string, verb: 'claim' | 'release') => api.post(`/review-queue/${id}/${verb}`));
  const change = async (id: string, verb: 'claim' | 'release') => {
    if (await lease.run(id, verb)) onChanged();
  };

  if (!mine) {
    return (
      <section aria-labelledby="review-claim" className="card att-card">
        <h2 id="review-claim">Your review</h2>
        <ErrorMessage error={lease.error} />
        {status && status !== 'in_review' ? (
          <p className="muted">This attestation is {status.replace(/_/g, ' ')}: there is nothing to review.</p>
        ) : itemId ? (
          <>
            <p>You have not claimed this review. Claim it to decide; the claim keeps it from other auditors for 30 minutes.</p>
            <button type="button" disabled={lease.busy} onClick={() => void change(itemId, 'claim')}>
              Claim this review
            </button>
          </>
        ) : (
          <p className="muted">This attestation is not claimed by you; claim it from the review queue to decide.</p>
        )}
      </section>
    );
  }

  const firstIsMine = mine.approvals.some((approval) => approval.auditorId === me.id);
  return (
    <section aria-labelledby="review-claim" className="card att-card">
      <h2 id="review-claim">Your review</h2>
      <ErrorMessage error={lease.error} />
      <p>
        <strong>{claimText(mine, me)}.</strong> {fourEyesText(mine, me)}.
      </p>
      {mine.secondApproval && (
        <p className="notice" role="note">
          {firstIsMine
            ? 'You gave the first approval: a different auditor must give the second. Release the review so another auditor can take it.'
            : 'A first approval is recorded: yours would be the second and final one.'}
        </p>
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={lease.busy} onClick={() => void change(mine.id, 'release')}>
          Release
        </button>
      </div>
    </section>
  );
}
