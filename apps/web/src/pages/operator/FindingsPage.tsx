import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SelectField } from '../../ui/fields';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../ui/format';
import { usePagedList } from '../../ui/use-paged-list';
import type { Finding } from './api-shapes';
import { useDatacenterNames } from './use-datacenter-names';

const STATUSES = ['open', 'remediated', 'closed'];
const SEVERITIES = ['blocker', 'major', 'minor', 'info'];

/** Findings on the organisation's attestations; each is answered on its attestation's page. */
export function FindingsPage() {
  const [status, setStatus] = useState('open');
  const [severity, setSeverity] = useState('');
  const list = usePagedList<Finding>('/findings', { status: status || undefined, severity: severity || undefined });
  const datacenterName = useDatacenterNames();
  return (
    <>
      <h1>Findings</h1>
      <p className="muted">Respond to a finding or mark it remediated on its attestation's page.</p>
      <div className="row">
        <SelectField label="Status" value={status} onChange={setStatus} options={[{ value: '', label: 'Any status' }, ...STATUSES]} />
        <SelectField label="Severity" value={severity} onChange={setSeverity} options={[{ value: '', label: 'Any severity' }, ...SEVERITIES]} />
      </div>
      <PagedTable
        caption="Findings"
        list={list}
        rowKey={(finding) => finding.id}
        empty="No finding matches."
        columns={[
          { header: 'Severity', cell: (finding) => <StatusBadge status={finding.severity} /> },
          {
            header: 'Finding',
            cell: (finding) => (
              <>
                <strong>{finding.code}</strong> {finding.message}
              </>
            ),
          },
          { header: 'Control', cell: (finding) => finding.controlId ?? '—' },
          { header: 'Status', cell: (finding) => <StatusBadge status={finding.status} /> },
          { header: 'Facility', cell: (finding) => datacenterName(finding.datacenterId) },
          { header: 'Raised', cell: (finding) => formatDateTime(finding.createdAt) },
          {
            header: 'Attestation',
            cell: (finding) => (
              <Link to={`/attestations/${finding.attestationId}`}>
                Open<span className="visually-hidden"> the attestation with {finding.code}</span>
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
