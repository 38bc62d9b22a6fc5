import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PagedTable } from '../../ui/PagedTable';
import { formatDateTime } from '../../ui/format';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import { AuditFilterForm, auditQueryOf } from './AuditFilterForm';
import { NO_AUDIT_FILTERS, type AuditEntry, type AuditFilters } from './audit-types';
import { ChainVerification } from './ChainVerification';

export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const query = auditQueryOf(filters);
  const entries = usePagedList<AuditEntry>('/audit-log', query);
  const exportLog = useAction(async () => {
    const { blob, fileName } = await api.download('/audit-log/export', query);
    saveFile(blob, fileName ?? 'audit-log.ndjson');
  });
  return (
    <div className="reg-page">
      <h1>Audit log</h1>
      <ChainVerification />
      <AuditFilterForm onApply={setFilters} />
      <section className="card" aria-labelledby="entries-title">
        <div className="reg-page-head">
          <h2 id="entries-title">Entries, in chain order</h2>
          <button type="button" className="secondary" onClick={() => void exportLog.run()} disabled={exportLog.busy}>
            {exportLog.busy ? 'Exporting…' : 'Export (JSON lines)'}
          </button>
        </div>
        <p className="muted">The export holds every entry matching the filters; unfiltered, it is the whole chain and can be re-verified offline.</p>
        <ErrorMessage error={exportLog.error} />
        <PagedTable
          caption="Audit log entries"
          list={entries}
          rowKey={(entry) => String(entry.seq)}
          empty="No entry matches these filters."
          columns={[
            { header: 'Seq', cell: (entry) => entry.seq },
            { header: 'Time', cell: (entry) => formatDateTime(entry.occurredAt) },
            { header: 'Actor', cell: (entry) => <ActorCell actor={entry.actor} /> },
            { header: 'Action', cell: (entry) => <code>{entry.action}</code> },
            { header: 'Entity', cell: (entry) => <EntityCell entry={entry} /> },
            { header: 'Details', cell: (entry) => <PayloadCell entry={entry} /> },
          ]}
        />
      </section>
    </div>
  );
}

function ActorCell({ actor }: { actor: AuditEntry['actor'] }) {
  const kind = { user: 'user', api_key: 'API key', system: 'system' }[actor.type];
  return (
    <>
      {kind}
      {actor.id && (
        <>
          <br />
          <code className="reg-wrap">{actor.id}</code>
        </>
      )}
    </>
  );
}

function EntityCell({ entry }: { entry: AuditEntry }) {
  return (
    <>
      {entry.entityType}
      {entry.entityId && (
        <>
          <br />
          <code className="reg-wrap">{entry.entityId}</code>
        </>
      )}
    </>
  );
}

function PayloadCell({ entry }: { entry: AuditEntry }) {
  return (
    <details>
      <summary>Payload and hashes</summary>
      <pre className="reg-payload">{JSON.stringify(entry.payload, null, 2)}</pre>
      <p className="muted">
        hash <code className="reg-wrap">{entry.hash}</code>
        <br />
        previous <code className="reg-wrap">{entry.prevHash}</code>
      </p>
    </details>
  );
}
