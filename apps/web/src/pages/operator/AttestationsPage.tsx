import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SelectField } from '../../ui/fields';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDate, formatDateTime } from '../../ui/format';
import { usePagedList } from '../../ui/use-paged-list';
import { ATTESTATION_STATUSES, type AttestationSummary } from './api-shapes';
import { useDatacenterNames } from './use-datacenter-names';

export function AttestationsPage() {
  const [status, setStatus] = useState('');
  const list = usePagedList<AttestationSummary>('/attestations', { status: status || undefined });
  const datacenterName = useDatacenterNames();
  return (
    <>
      <h1>Attestations</h1>
      <p className="muted">Start a new attestation from its facility's page.</p>
      <div className="row">
        <SelectField
          label="Status"
          value={status}
          onChange={setStatus}
          options={[{ value: '', label: 'Any status' }, ...ATTESTATION_STATUSES.map((value) => ({ value, label: value.replace(/_/g, ' ') }))]}
        />
      </div>
      <PagedTable
        caption="Attestations"
        list={list}
        rowKey={(attestation) => attestation.id}
        empty={status ? 'No attestation has this status.' : 'No attestation yet.'}
        columns={[
          { header: 'Facility', cell: (attestation) => <Link to={`/datacenters/${attestation.datacenterId}`}>{datacenterName(attestation.datacenterId)}</Link> },
          { header: 'Version', cell: (attestation) => <Link to={`/attestations/${attestation.id}`}>Version {attestation.version}</Link> },
          { header: 'Status', cell: (attestation) => <StatusBadge status={attestation.status} /> },
          { header: 'Submitted', cell: (attestation) => formatDateTime(attestation.submittedAt) },
          { header: 'Valid until', cell: (attestation) => formatDate(attestation.validUntil) },
        ]}
      />
    </>
  );
}
