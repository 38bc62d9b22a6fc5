import type { FindingSeverity } from '../../attestation/attestation-types';
import { FINDING_SEVERITIES } from '../../attestation/attestation-types';
import { SelectField, TextField } from '../../ui/fields';

export interface NewFinding {
  key: number;
  code: string;
  severity: FindingSeverity;
  message: string;
  controlId: string;
}

interface NewFindingRowsProps {
  rows: NewFinding[];
  controlIds: string[];
  onChange(rows: NewFinding[]): void;
}

let nextKey = 1;

/** Findings the auditor raises with the decision; a major or blocker one makes an approval need a second auditor. */
export function NewFindingRows({ rows, controlIds, onChange }: NewFindingRowsProps) {
  const update = (key: number, change: Partial<NewFinding>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="aud-finding-row">
          <legend>New finding {index + 1}</legend>
          <div className="grid-2">
            <TextField
              label="Code"
              hint="Upper-case letters, digits and underscores, like PENTEST_SCOPE_INCOMPLETE"
              value={row.code}
              onChange={(code) => update(row.key, { code: code.toUpperCase() })}
              required
            />
            <SelectField label="Severity" value={row.severity} onChange={(severity) => update(row.key, { severity: severity as FindingSeverity })} options={FINDING_SEVERITIES} />
          </div>
          <SelectField
            label="Control"
            value={row.controlId}
            onChange={(controlId) => update(row.key, { controlId })}
            options={[{ value: '', label: 'Not about one control' }, ...controlIds.map((id) => ({ value: id, label: id }))]}
          />
          <TextField label="Message" value={row.message} onChange={(message) => update(row.key, { message })} multiline required />
          <button type="button" className="secondary" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
            Remove new finding {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { key: nextKey++, code: '', severity: 'minor', message: '', controlId: '' }])}>
        Add a finding
      </button>
    </>
  );
}
