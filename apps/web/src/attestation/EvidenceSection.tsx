import { useState } from 'react';
import { api } from '../api/client';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatDate, formatDateTime, formatNumber } from '../ui/format';
import { saveFile } from '../ui/save-file';
import { EmptyState } from '../ui/states';
import { useAction } from '../ui/use-action';
import type { Evidence } from './attestation-types';
import { EvidencePreview, isPreviewable } from './EvidencePreview';

/**
 * Every piece of evidence with what it proves; PDFs and images open inline (the first one at once,
 * the others on request, so a long list does not fetch every file), all of them download.
 */
export function EvidenceSection({ evidence }: { evidence: Evidence[] }) {
  const firstPreviewable = evidence.find(isPreviewable)?.id;
  return (
    <section aria-labelledby="attestation-evidence">
      <h2 id="attestation-evidence">Evidence</h2>
      {evidence.length === 0 && <EmptyState>No evidence uploaded.</EmptyState>}
      {evidence.map((item) => (
        <EvidenceItem key={item.id} evidence={item} openAtFirst={item.id === firstPreviewable} />
      ))}
    </section>
  );
}

function nameOf(evidence: Evidence): string {
  return evidence.fileName ?? `${evidence.type} (${evidence.id.slice(0, 8)})`;
}

function EvidenceItem({ evidence, openAtFirst }: { evidence: Evidence; openAtFirst: boolean }) {
  const name = nameOf(evidence);
  const [open, setOpen] = useState(openAtFirst);
  const download = useAction(async () => {
    const { blob } = await api.download(`/evidence/${evidence.id}/content`);
    saveFile(blob, evidence.fileName ?? `evidence-${evidence.id}`);
  });
  return (
    <article className="card att-evidence" aria-label={`Evidence ${name}`}>
      <h3>{name}</h3>
      <dl className="att-facts">
        <dt>Type</dt>
        <dd>{evidence.type.replace(/_/g, ' ')}</dd>
        <dt>Controls</dt>
        <dd>{evidence.controlIds.join(', ')}</dd>
        <dt>File</dt>
        <dd>
          {evidence.mediaType}, {formatNumber(evidence.size)} bytes
        </dd>
        <dt>SHA-256</dt>
        <dd className="att-hash">{evidence.sha256}</dd>
        <dt>Valid until</dt>
        <dd>{formatDate(evidence.validUntil)}</dd>
        {(evidence.observedFrom || evidence.observedTo) && (
          <>
            <dt>Observed</dt>
            <dd>
              {formatDate(evidence.observedFrom)} to {formatDate(evidence.observedTo)}
            </dd>
          </>
        )}
        <dt>Uploaded</dt>
        <dd>{formatDateTime(evidence.createdAt)}</dd>
      </dl>
      <ErrorMessage error={download.error} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download.run()} disabled={download.busy} aria-label={`Download ${name}`}>
          {download.busy ? 'Downloading…' : 'Download'}
        </button>
      </div>
      {isPreviewable(evidence) && (
        <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>Show {name} inline</summary>
          {open && <EvidencePreview evidence={evidence} name={name} />}
        </details>
      )}
    </article>
  );
}
