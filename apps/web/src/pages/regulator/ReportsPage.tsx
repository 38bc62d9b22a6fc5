import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField, TextField } from '../../ui/fields';
import { instantOfLocalTime } from './local-time';
import { LastDownloadPanel } from './LastDownloadPanel';
import type { ReportGroupBy } from './report-types';
import { SignatureGuide } from './SignatureGuide';
import { useSignedDownload } from './use-signed-download';

const GROUP_BY_OPTIONS: { value: ReportGroupBy; label: string }[] = [
  { value: 'country', label: 'Country' },
  { value: 'tier', label: 'Tier' },
  { value: 'organization', label: 'Organisation' },
];

const STATUS_FORMATS = [
  { format: 'pdf', label: 'PDF', extension: 'pdf' },
  { format: 'csv', label: 'CSV', extension: 'csv' },
  { format: 'oscal', label: 'OSCAL', extension: 'oscal.json' },
  { format: 'json', label: 'JSON', extension: 'json' },
] as const;

export function ReportsPage() {
  const [groupBy, setGroupBy] = useState<string>('country');
  const [asOf, setAsOf] = useState('');
  const [pendingFormat, setPendingFormat] = useState<string | null>(null);
  const { last, action } = useSignedDownload();

  const download = async (path: string, query: Record<string, string | undefined>, fallbackName: string, label: string) => {
    setPendingFormat(label);
    await action.run(path, query, fallbackName);
    setPendingFormat(null);
  };

  const downloadStatus = (format: (typeof STATUS_FORMATS)[number]) => {
    const when = instantOfLocalTime(asOf);
    void download('/reports/status', { format: format.format, groupBy, asOf: when }, `status-report-${when ?? 'now'}.${format.extension}`, format.label);
  };

  /** Enter in a field downloads the printable report. */
  const submitForPdf = (event: FormEvent) => {
    event.preventDefault();
    downloadStatus(STATUS_FORMATS[0]);
  };

  return (
    <div className="reg-page">
      <h1>Reports</h1>
      <ErrorMessage error={action.error} />
      <form className="card" aria-labelledby="status-report-title" onSubmit={submitForPdf}>
        <h2 id="status-report-title">Status report</h2>
        <p className="muted">Facilities in your scope by compliance status, with H100-equivalents, overdue re-audits and open findings, per group.</p>
        <div className="row">
          <SelectField label="Group by" value={groupBy} onChange={setGroupBy} options={GROUP_BY_OPTIONS} />
          <TextField label="As of (optional)" type="datetime-local" value={asOf} onChange={setAsOf} hint="Leave empty for now. Your local time; a past moment is rebuilt from the status history." />
        </div>
        <div className="actions">
          {STATUS_FORMATS.map((format) => (
            <button key={format.format} type="button" className={format.format === 'pdf' ? undefined : 'secondary'} disabled={action.busy} onClick={() => downloadStatus(format)}>
              {pendingFormat === format.label ? `Downloading ${format.label}…` : `Download ${format.label}`}
            </button>
          ))}
        </div>
      </form>
      <section className="card" aria-labelledby="facility-export-title">
        <h2 id="facility-export-title">Facility export</h2>
        <p className="muted">Every facility in your scope as it stands now, with organisation, tier, status, attestation and open findings. Signed like every report.</p>
        <div className="actions">
          <button type="button" className="secondary" disabled={action.busy} onClick={() => void download('/reports/datacenters', { format: 'csv' }, 'datacenters.csv', 'export CSV')}>
            {pendingFormat === 'export CSV' ? 'Downloading…' : 'Download facility export (CSV)'}
          </button>
          <button type="button" className="secondary" disabled={action.busy} onClick={() => void download('/reports/datacenters', { format: 'json' }, 'datacenters.json', 'export JSON')}>
            {pendingFormat === 'export JSON' ? 'Downloading…' : 'Download facility export (JSON)'}
          </button>
        </div>
      </section>
      <LastDownloadPanel last={last} />
      <SignatureGuide last={last} />
    </div>
  );
}
