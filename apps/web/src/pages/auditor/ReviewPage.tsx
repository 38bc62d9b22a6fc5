import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import type { Attestation } from '../../attestation/attestation-types';
import { AttestationView } from '../../attestation/AttestationView';
import { formatDate } from '../../ui/format';
import { loadAllPages } from '../../ui/load-all-pages';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useResource } from '../../ui/use-resource';
import { DecisionForm } from './DecisionForm';
import type { DecisionReceipt, ReviewQueueItem } from './queue-types';
import { ReviewClaimPanel } from './ReviewClaimPanel';

/** One attestation under review: the claim, the decision form for the holder, and the whole record below. */
export function ReviewPage() {
  const { attestationId = '' } = useParams();
  const [params] = useSearchParams();
  const me = useUser();
  const [generation, setGeneration] = useState(0);
  const [receipt, setReceipt] = useState<DecisionReceipt | null>(null);
  const refresh = () => setGeneration((value) => value + 1);

  const attestation = useResource(() => api.get<Attestation>(`/attestations/${attestationId}`), [attestationId, generation]);
  // Only the auditor's own claims: a short list, whatever the size of the queue.
  const mine = useResource(() => loadAllPages<ReviewQueueItem>('/review-queue', { claim: 'mine' }), [generation]);
  const myItem = mine.data?.find((item) => item.attestation.id === attestationId);

  function decided(answer: DecisionReceipt) {
    setReceipt(answer);
    refresh();
  }

  return (
    <>
      <p>
        <Link to="/">← Review queue</Link>
      </p>
      <h1>Review</h1>
      {receipt && <DecisionNotice receipt={receipt} />}
      <ErrorMessage error={mine.error} />
      {mine.data && <ReviewClaimPanel mine={myItem} itemId={params.get('item')} status={attestation.data?.status} me={me} onChanged={refresh} />}
      {myItem && attestation.data?.status === 'in_review' && (
        <DecisionForm key={`decision-${generation}`} attestationId={attestationId} controlIds={attestation.data.claims.map((claim) => claim.controlId)} onDecided={decided} />
      )}
      <AttestationView key={generation} attestationId={attestationId} onChanged={mine.reload} />
    </>
  );
}

function DecisionNotice({ receipt }: { receipt: DecisionReceipt }) {
  const { approvals, approvalsRequired } = receipt.reviewItem;
  const messages: Record<DecisionReceipt['outcome'], string> = {
    approved: `Approved. The attestation is valid until ${formatDate(receipt.attestation.validUntil)} and the facility is compliant.`,
    first_approval: `First approval recorded (${approvals.length} of ${approvalsRequired}). A second, different auditor must approve; the review stays in the queue.`,
    rejected: 'Rejected. The operator is notified and the facility is non-compliant.',
    changes_requested: 'Changes requested. The operator can amend the attestation and submit it again.',
  };
  return (
    <p className="notice" role="status">
      {messages[receipt.outcome]}
    </p>
  );
}
