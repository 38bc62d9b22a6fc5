import { useState } from 'react';
import { api } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/fields';
import { saveFile } from '../../../ui/save-file';
import { useAction } from '../../../ui/use-action';
import type { ActivePolicy, Attestation } from '../api-shapes';
import type { ClaimDrafts } from './claim-drafts';
import type { Step } from './conditions';
import { newIdempotencyKey } from './idempotency-key';
import { missingItems } from './missing-items';

interface ReviewStepProps {
  policy: ActivePolicy;
  saved: Attestation;
  claims: ClaimDrafts;
  needsSave: boolean;
  save(): Promise<boolean>;
  onGoTo(step: Step): void;
  onSubmitted(): void;
}

/**
 * Everything still missing, computed from the saved draft by the API's own rule, before the operator
 * submits; the API checks again on submit and its 400 lists the same items.
 */
export function ReviewStep({ policy, saved, claims, needsSave, save, onGoTo, onSubmitted }: ReviewStepProps) {
  const missing = missingItems(policy.controls, saved.claims, saved.evidence);
  const unsaved = Object.entries(claims).filter(([, draft]) => draft.status && draft.statement.trim() === '');
  // One key per visit of the review: a retry of the same submission repeats its answer.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [envelope, setEnvelope] = useState('');

  const submit = useAction(async () => {
    let signature: unknown;
    if (envelope.trim()) {
      try {
        signature = JSON.parse(envelope);
      } catch {
        throw new Error('The signature is not valid JSON: paste the DSSE envelope the CLI wrote (envelope.json).');
      }
    }
    if (needsSave && !(await save())) return;
    await api.post(`/attestations/${saved.id}/submit`, signature === undefined ? undefined : { signature }, { 'Idempotency-Key': idempotencyKey });
    onSubmitted();
  });

  const downloadStatement = useAction(async () => {
    if (needsSave && !(await save())) return;
    const { blob } = await api.download(`/attestations/${saved.id}/statement`);
    saveFile(blob, `statement-${saved.id}.json`);
  });

  return (
    <>
      <section className="card" aria-labelledby="missing-title">
        <h3 id="missing-title">Missing before submission</h3>
        {missing.length === 0 ? (
          <p className="notice">Nothing is missing: every control has a claim and every required evidence type is attached.</p>
        ) : (
          <>
            <p>
              {missing.length} item{missing.length === 1 ? '' : 's'} still missing:
            </p>
            <ul aria-labelledby="missing-title">
              {missing.map((item) => (
                <li key={item.text}>
                  {item.text}{' '}
                  <button type="button" className="op-link-button" onClick={() => onGoTo(item.condition)}>
                    Go to {item.condition}
                    <span className="visually-hidden"> for {item.controlId}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {unsaved.length > 0 && <p className="muted">Claims without a statement are not saved: {unsaved.map(([controlId]) => controlId).join(', ')}.</p>}
      </section>

      <section className="card" aria-labelledby="summary-title">
        <h3 id="summary-title">Claims and evidence</h3>
        <table>
          <caption className="visually-hidden">Claims and evidence by control</caption>
          <thead>
            <tr>
              <th scope="col">Control</th>
              <th scope="col">Claim</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {policy.controls.map((control) => {
              const claim = saved.claims.find((item) => item.controlId === control.id);
              const evidence = saved.evidence.filter((item) => item.controlIds.includes(control.id));
              return (
                <tr key={control.id}>
                  <th scope="row">{control.id}</th>
                  <td>{claim ? claim.status.replace(/_/g, ' ') : '—'}</td>
                  <td>{evidence.length === 0 ? '—' : evidence.map((item) => item.type).join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <details className="card">
        <summary>Signed submission (only if your organisation registered signing keys)</summary>
        <p className="muted">
          Download the statement, sign it with <code>npm run cli -- sign --statement statement.json --key officer.key --out envelope.json</code>, and paste the envelope here.
        </p>
        <ErrorMessage error={downloadStatement.error} />
        <button type="button" className="secondary" onClick={() => void downloadStatement.run()} disabled={downloadStatement.busy}>
          Download the statement
        </button>
        <TextField label="Signature (DSSE envelope JSON)" multiline value={envelope} onChange={setEnvelope} />
      </details>

      <ErrorMessage error={submit.error} />
      <div className="actions">
        <button type="button" onClick={() => void submit.run()} disabled={submit.busy}>
          {submit.busy ? 'Submitting…' : 'Submit attestation'}
        </button>
      </div>
    </>
  );
}
