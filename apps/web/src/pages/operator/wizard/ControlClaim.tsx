import { api } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SelectField, TextField } from '../../../ui/fields';
import { useAction } from '../../../ui/use-action';
import type { Evidence, PolicyControl } from '../api-shapes';
import type { ClaimDraft } from './claim-drafts';
import { EvidenceUpload } from './EvidenceUpload';
import { missingEvidenceTypes } from './missing-items';

interface ControlClaimProps {
  control: PolicyControl;
  attestationId: string;
  claim: ClaimDraft;
  /** Evidence attached to this control. */
  evidence: Evidence[];
  onClaimChange(draft: ClaimDraft): void;
  onEvidence: { added(evidence: Evidence): void; removed(evidenceId: string): void };
}

/** One control: the operator's claim (status and statement) and the evidence behind it. */
export function ControlClaim({ control, attestationId, claim, evidence, onClaimChange, onEvidence }: ControlClaimProps) {
  const statusOptions = [
    { value: '', label: 'Not claimed yet' },
    { value: 'compliant', label: 'Compliant' },
    ...(control.waivable ? [{ value: 'not_applicable', label: 'Not applicable (waived)' }] : []),
  ];
  const missing = missingEvidenceTypes(control, evidence);
  return (
    <fieldset className="card op-control">
      <legend>
        {control.id} — {control.title}
      </legend>
      <p className="muted">
        {control.waivable ? 'May be claimed not applicable.' : 'Must be claimed compliant.'} Severity {control.severity}; re-audit every {control.reauditDays} days.
      </p>
      <div className="grid-2">
        <SelectField label="Claim status" value={claim.status} onChange={(status) => onClaimChange({ ...claim, status: status as ClaimDraft['status'] })} options={statusOptions} />
        <TextField
          label="Statement"
          multiline
          maxLength={5_000}
          value={claim.statement}
          onChange={(statement) => onClaimChange({ ...claim, statement })}
          hint={claim.status && claim.statement.trim() === '' ? 'A claim is saved only with a statement.' : undefined}
        />
      </div>
      <h3 className="op-small-heading" id={`${control.id}-required`}>
        Required evidence
      </h3>
      {claim.status === 'not_applicable' ? (
        <p className="muted">Waived: no evidence is required.</p>
      ) : control.requiredEvidence.length === 0 ? (
        <p className="muted">None required{control.acceptedEvidence.length > 0 ? `; ${control.acceptedEvidence.join(', ')} accepted` : ''}.</p>
      ) : (
        <ul className="op-plain" aria-labelledby={`${control.id}-required`}>
          {control.requiredEvidence.map((type) => (
            <li key={type}>
              {type}: {missing.includes(type) ? <span className="badge op-badge-missing">missing</span> : <span className="badge op-badge-attached">attached</span>}
            </li>
          ))}
        </ul>
      )}
      <AttachedEvidence evidence={evidence} onRemoved={onEvidence.removed} />
      {claim.status !== 'not_applicable' && <EvidenceUpload control={control} attestationId={attestationId} nextType={missing[0]} onUploaded={onEvidence.added} />}
    </fieldset>
  );
}

function AttachedEvidence({ evidence, onRemoved }: { evidence: Evidence[]; onRemoved(evidenceId: string): void }) {
  const remove = useAction(async (item: Evidence) => {
    await api.delete(`/evidence/${item.id}`);
    onRemoved(item.id);
  });
  if (evidence.length === 0) return null;
  return (
    <>
      <ErrorMessage error={remove.error} />
      <ul className="op-plain" aria-label="Attached evidence">
        {evidence.map((item) => (
          <li key={item.id}>
            {item.type} — {item.fileName ?? 'unnamed file'} ({item.mediaType}, {item.size.toLocaleString()} bytes)
            {item.controlIds.length > 1 && <span className="muted"> · also for {item.controlIds.length - 1} other control(s)</span>}{' '}
            <button type="button" className="secondary" onClick={() => void remove.run(item)} disabled={remove.busy}>
              Remove<span className="visually-hidden"> {item.fileName ?? item.type}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
