import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDate, formatDateTime } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import type { Attestation, AttestationSummary } from './api-shapes';

/** The facility's attestation versions, and the way into the wizard: continue the open draft or start one. */
export function DatacenterAttestations({ datacenterId }: { datacenterId: string }) {
  const navigate = useNavigate();
  const list = usePagedList<AttestationSummary>('/attestations', { datacenterId });
  const draft = list.items.find((attestation) => attestation.status === 'draft');
  // Claims are written step by step in the wizard; the draft starts empty.
  const start = useAction(async () => {
    const created = await api.post<Attestation>(`/datacenters/${datacenterId}/attestations`, { claims: [] });
    navigate(`/attestations/${created.id}/wizard`);
  });

  return (
    <section className="card" aria-labelledby="attestations-title">
      <h2 id="attestations-title">Attestations</h2>
      <ErrorMessage error={start.error} />
      <div className="actions">
        {draft ? (
          <Link className="op-button-link" to={`/attestations/${draft.id}/wizard`}>
            Continue the draft (version {draft.version})
          </Link>
        ) : (
          <button type="button" onClick={() => void start.run()} disabled={start.busy || list.loading}>
            {start.busy ? 'Starting…' : 'Start an attestation'}
          </button>
        )}
      </div>
      <PagedTable
        caption="Attestations of this facility"
        list={list}
        rowKey={(attestation) => attestation.id}
        empty="No attestation yet."
        columns={[
          { header: 'Version', cell: (attestation) => <Link to={`/attestations/${attestation.id}`}>Version {attestation.version}</Link> },
          { header: 'Status', cell: (attestation) => <StatusBadge status={attestation.status} /> },
          { header: 'Submitted', cell: (attestation) => formatDateTime(attestation.submittedAt) },
          { header: 'Valid until', cell: (attestation) => formatDate(attestation.validUntil) },
        ]}
      />
    </section>
  );
}
