import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Role } from '../api/types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { useAction } from '../ui/use-action';
import type { Finding, FindingStatus } from './attestation-types';

interface FindingActionsProps {
  finding: Finding;
  role: Role;
  onChanged(): void;
}

/**
 * What the viewer's role may do with a finding (PATCH /findings/:id): the operator answers an open
 * one and marks it remediated; an auditor holding the review lease closes an open or remediated
 * one, or reopens it. A blocker closes in two steps: one auditor proposes, a different one confirms.
 */
export function FindingActions({ finding, role, onChanged }: FindingActionsProps) {
  if (role === 'operator' && finding.status === 'open') return <RemediateForm finding={finding} onChanged={onChanged} />;
  if (role === 'auditor') return <AuditorFindingForm finding={finding} onChanged={onChanged} />;
  return null;
}

function RemediateForm({ finding, onChanged }: { finding: Finding; onChanged(): void }) {
  const [response, setResponse] = useState('');
  const remediate = useAction(() => api.patch(`/findings/${finding.id}`, { status: 'remediated', response }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await remediate.run()) onChanged();
  }
  return (
    <form onSubmit={submit}>
      <ErrorMessage error={remediate.error} />
      <TextField label="Your response" hint="What was fixed and how; the auditor reads it before closing the finding." value={response} onChange={setResponse} multiline required />
      <button type="submit" disabled={remediate.busy}>
        {remediate.busy ? 'Saving…' : 'Mark remediated'}
      </button>
    </form>
  );
}

function AuditorFindingForm({ finding, onChanged }: { finding: Finding; onChanged(): void }) {
  const [note, setNote] = useState('');
  const change = useAction((status: FindingStatus) => api.patch(`/findings/${finding.id}`, { status, note: note.trim() || undefined }));
  async function set(status: FindingStatus) {
    if (await change.run(status)) {
      setNote('');
      onChanged();
    }
  }
  const canClose = finding.status === 'open' || finding.status === 'remediated';
  const canReopen = finding.status === 'remediated' || finding.status === 'closed';
  return (
    <div>
      <ErrorMessage error={change.error} />
      {finding.closeProposal && finding.status !== 'closed' && (
        <p className="muted">
          Closing proposed {formatDateTime(finding.closeProposal.proposedAt)}
          {finding.closeProposal.note ? `: ${finding.closeProposal.note}` : ''}. It stays open until a different auditor confirms.
        </p>
      )}
      <TextField label="Note (optional)" hint="Why you close or reopen it; kept in the audit log." value={note} onChange={setNote} />
      <div className="actions">
        {canClose && (
          <button type="button" onClick={() => void set('closed')} disabled={change.busy}>
            {closeLabel(finding)}
          </button>
        )}
        {canReopen && (
          <button type="button" className="secondary" onClick={() => void set('open')} disabled={change.busy}>
            Reopen finding
          </button>
        )}
      </div>
    </div>
  );
}

function closeLabel(finding: Finding): string {
  if (finding.severity !== 'blocker') return 'Close finding';
  return finding.closeProposal ? 'Confirm closing (second auditor)' : 'Propose closing (a second auditor confirms)';
}
