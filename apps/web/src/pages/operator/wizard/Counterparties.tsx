import { SelectField, TextField } from '../../../ui/fields';
import type { Counterparty } from '../api-shapes';
import { countryOptions, useCountries } from '../use-countries';

const RELATIONSHIPS: Counterparty['relationship'][] = ['customer', 'partner', 'supplier'];

/** Customers, partners and suppliers that verification screens against restricted-party lists (C1). */
export function Counterparties({ value, onChange }: { value: Counterparty[]; onChange(next: Counterparty[]): void }) {
  const countries = useCountries();
  const update = (index: number, change: Partial<Counterparty>) => onChange(value.map((item, at) => (at === index ? { ...item, ...change } : item)));
  return (
    <fieldset className="card">
      <legend>Counterparties to screen</legend>
      <p className="muted">Customers, partners and suppliers of the facility; verification screens each name against the restricted-party lists.</p>
      {value.length === 0 && <p className="empty">No counterparty named.</p>}
      {value.map((counterparty, index) => (
        <div className="row" key={index} role="group" aria-label={`Counterparty ${index + 1}`}>
          <TextField label={`Counterparty ${index + 1} name`} value={counterparty.name} onChange={(name) => update(index, { name })} maxLength={300} />
          <SelectField
            label={`Counterparty ${index + 1} country`}
            value={counterparty.country}
            onChange={(country) => update(index, { country })}
            options={countryOptions(countries.data, 'Choose a country')}
          />
          <SelectField
            label={`Counterparty ${index + 1} relationship`}
            value={counterparty.relationship}
            onChange={(relationship) => update(index, { relationship: relationship as Counterparty['relationship'] })}
            options={RELATIONSHIPS}
          />
          <div className="field">
            <button type="button" className="secondary" onClick={() => onChange(value.filter((_, at) => at !== index))}>
              Remove counterparty {index + 1}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...value, { name: '', country: '', relationship: 'customer' }])}>
        Add a counterparty
      </button>
    </fieldset>
  );
}
