import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField, TextField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import { NewFindingRows, type NewFinding } from './NewFindingRows';
import type { DecisionReceipt } from './queue-types';

/** The API's minimum (DecisionDto): a decision has to say why. */
const MIN_RATIONALE = 20;

const DECISIONS = [
  { value: '', label: 'Choose a decision' },
  { value: 'approve', label: 'Approve' },
  { value: 'reject', label: 'Reject' },
  { value: 'request_changes', label: 'Request changes' },
];

interface DecisionFormProps {
  attestationId: string;
  controlIds: string[];
  onDecided(receipt: DecisionReceipt): void;
}

/** Approve, reject or request changes, with a rationale and optional new findings (POST /attestations/:id/decisions). */
export function DecisionForm({ attestationId, controlIds, onDecided }: DecisionFormProps) {
  const [decision, setDecision] = useState('');
  const [rationale, setRationale] = useState('');
  const [findings, setFindings] = useState<NewFinding[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const decide = useAction(async () => {
    const receipt = await api.post<DecisionReceipt>(`/attestations/${attestationId}/decisions`, {
      decision,
      rationale,
      findings: findings.map(({ code, severity, message, controlId }) => ({ code, severity, message, controlId: controlId || undefined })),
    });
    onDecided(receipt);
  });
  const length = rationale.trim().length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!decision) return setProblem('Choose a decision.');
    if (length < MIN_RATIONALE) return setProblem(`The rationale must be at least ${MIN_RATIONALE} characters: say why.`);
    await decide.run();
  }

  const submitLabel = DECISIONS.find((option) => option.value === decision && option.value)?.label ?? 'Record decision';
  return (
    <section aria-labelledby="review-decision" className="card att-card">
      <h2 id="review-decision">Your decision</h2>
      <form onSubmit={submit} noValidate>
        <ErrorMessage message={problem} />
        <ErrorMessage error={decide.error} />
        <SelectField label="Decision" value={decision} onChange={setDecision} options={DECISIONS} required />
        <TextField
          label="Rationale"
          value={rationale}
          onChange={setRationale}
          multiline
          required
          maxLength={10_000}
          hint={`${length} character${length === 1 ? '' : 's'}; at least ${MIN_RATIONALE}. The operator and regulators read it.`}
        />
        <h3>New findings</h3>
        <p className="muted">Optional. A major or blocker finding means a second auditor must approve too; an open blocker forbids approval.</p>
        <NewFindingRows rows={findings} controlIds={controlIds} onChange={setFindings} />
        <div className="actions">
          <button type="submit" disabled={decide.busy}>
            {decide.busy ? 'Recording…' : submitLabel}
          </button>
        </div>
      </form>
    </section>
  );
}
