import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField, TextField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import type { Owner, OwnerKind } from './api-shapes';
import { countryOptions, useCountries } from './use-countries';

const KINDS: OwnerKind[] = ['company', 'person', 'state'];

interface OwnerRow {
  name: string;
  country: string;
  kind: OwnerKind;
  percent: string;
  controlling: boolean;
  organizationId?: string | null;
}

const toRow = (owner: Owner): OwnerRow => ({ ...owner, percent: String(owner.percent) });

/** Replaces the ownership records as a whole (PUT /organizations/:id/ownership); the API checks totals and the single controlling owner. */
export function OwnershipForm({ organizationId, owners, onSaved }: { organizationId: string; owners: Owner[]; onSaved(): void }) {
  const countries = useCountries();
  const [rows, setRows] = useState<OwnerRow[]>(() => owners.map(toRow));
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    await api.put(`/organizations/${organizationId}/ownership`, {
      // The API names an unreadable percentage; it is sent as typed.
      owners: rows.map((row) => ({ ...row, percent: row.percent.trim() === '' || Number.isNaN(Number(row.percent)) ? row.percent : Number(row.percent) })),
    });
    setSaved(true);
    onSaved();
  });
  const update = (index: number, change: Partial<OwnerRow>) => {
    setSaved(false);
    setRows((previous) => previous.map((row, at) => (at === index ? { ...row, ...change } : row)));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run();
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="ownership-title">
      <h2 id="ownership-title">Ownership</h2>
      <p className="muted">Every direct owner with its share. Mark at most one as controlling (an owner above 50% controls whether marked or not); percentages add up to at most 100.</p>
      <ErrorMessage error={save.error} />
      {saved && (
        <p className="notice" role="status">
          Ownership saved.
        </p>
      )}
      {rows.length === 0 && <p className="empty">No owner recorded: the organisation controls itself.</p>}
      {rows.map((row, index) => (
        <div className="row" role="group" aria-label={`Owner ${index + 1}`} key={index}>
          <TextField label={`Owner ${index + 1} name`} value={row.name} onChange={(name) => update(index, { name })} required maxLength={200} />
          <SelectField
            label={`Owner ${index + 1} country`}
            value={row.country}
            onChange={(country) => update(index, { country })}
            options={countryOptions(countries.data, 'Choose a country')}
            required
          />
          <SelectField label={`Owner ${index + 1} kind`} value={row.kind} onChange={(kind) => update(index, { kind: kind as OwnerKind })} options={KINDS} />
          <TextField label={`Owner ${index + 1} percent`} value={row.percent} onChange={(percent) => update(index, { percent })} required />
          <Checkbox label={`Owner ${index + 1} controls the organisation`} checked={row.controlling} onChange={(controlling) => update(index, { controlling })} />
          <div className="field">
            <button type="button" className="secondary" onClick={() => setRows((previous) => previous.filter((_, at) => at !== index))}>
              Remove owner {index + 1}
            </button>
          </div>
        </div>
      ))}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setRows((previous) => [...previous, { name: '', country: '', kind: 'company', percent: '', controlling: false }])}>
          Add an owner
        </button>
        <button type="submit" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save ownership'}
        </button>
      </div>
    </form>
  );
}

function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field op-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
