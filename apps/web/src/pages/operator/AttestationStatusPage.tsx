import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { AttestationView } from '../../attestation/AttestationView';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/states';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDate, formatDateTime } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import { useResource } from '../../ui/use-resource';
import { AMENDABLE, WITHDRAWABLE, type Attestation, type Datacenter } from './api-shapes';

/** One attestation with what its operator can do next (continue, withdraw, amend), around the shared attestation view. */
export function AttestationStatusPage() {
  const { id = '' } = useParams();
  const [generation, setGeneration] = useState(0);
  const attestation = useResource(() => api.get<Attestation>(`/attestations/${id}`), [id, generation]);
  const datacenterId = attestation.data?.datacenterId;
  const datacenter = useResource(() => (datacenterId ? api.get<Datacenter>(`/datacenters/${datacenterId}`) : Promise.resolve(undefined)), [datacenterId]);
  // The operator's own actions change the whole record, so the shared view starts afresh; what the
  // view changes itself (a comment, a finding's answer) only needs the status here re-read.
  const afterAction = () => setGeneration((value) => value + 1);

  if (attestation.error) return <ErrorMessage error={attestation.error} />;
  if (!attestation.data) return <Loading what="Loading the attestation" />;
  const current = attestation.data;
  return (
    <>
      <h1>
        {datacenter.data?.name ?? 'Attestation'} — version {current.version}
      </h1>
      <section className="card" aria-labelledby="state-title">
        <h2 id="state-title">State</h2>
        <p>
          Status: <StatusBadge status={current.status} />
        </p>
        <p className="muted">
          Submitted {formatDateTime(current.submittedAt)} · valid from {formatDate(current.validFrom)} until {formatDate(current.validUntil)}
          {datacenterId && (
            <>
              {' '}
              · <Link to={`/datacenters/${datacenterId}`}>facility</Link>
            </>
          )}
        </p>
        <OperatorActions attestation={current} onChanged={afterAction} />
      </section>
      <AttestationView key={generation} attestationId={current.id} onChanged={attestation.reload} />
    </>
  );
}

function OperatorActions({ attestation, onChanged }: { attestation: Attestation; onChanged(): void }) {
  const navigate = useNavigate();
  const [confirmingWithdrawal, setConfirmingWithdrawal] = useState(false);
  const withdraw = useAction(async () => {
    await api.post(`/attestations/${attestation.id}/withdraw`);
    setConfirmingWithdrawal(false);
    onChanged();
  });
  const amend = useAction(async () => {
    const draft = await api.post<Attestation>(`/attestations/${attestation.id}/amend`);
    navigate(`/attestations/${draft.id}/wizard`);
  });
  const isDraft = attestation.status === 'draft';

  return (
    <>
      <ErrorMessage error={withdraw.error ?? amend.error} />
      <div className="actions">
        {isDraft && (
          <>
            <Link className="op-button-link" to={`/attestations/${attestation.id}/wizard`}>
              Continue editing
            </Link>
            <Link className="op-button-link secondary" to={`/attestations/${attestation.id}/wizard?step=review`}>
              Review and submit
            </Link>
          </>
        )}
        {AMENDABLE.includes(attestation.status) && (
          <button type="button" onClick={() => void amend.run()} disabled={amend.busy}>
            {amend.busy ? 'Starting the amendment…' : 'Amend (start the next version)'}
          </button>
        )}
        {WITHDRAWABLE.includes(attestation.status) && !confirmingWithdrawal && (
          <button type="button" className="secondary" onClick={() => setConfirmingWithdrawal(true)}>
            Withdraw…
          </button>
        )}
      </div>
      {confirmingWithdrawal && (
        <div className="card" role="group" aria-labelledby="withdraw-title">
          <p id="withdraw-title">Withdraw this attestation? It stays in the history and cannot be submitted again; {isDraft ? 'start a new draft' : 'submit a new version'} afterwards.</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void withdraw.run()} disabled={withdraw.busy}>
              {withdraw.busy ? 'Withdrawing…' : 'Confirm withdrawal'}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmingWithdrawal(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
