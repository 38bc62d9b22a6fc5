import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { FINDING_SEVERITIES } from '../../attestation/attestation-types';
import { SelectField } from '../../ui/fields';
import { useResource } from '../../ui/use-resource';

export interface QueueFilterValues {
  tier: string;
  country: string;
  severity: string;
  claim: string;
}

export const QUEUE_FILTER_NAMES: readonly (keyof QueueFilterValues)[] = ['tier', 'country', 'severity', 'claim'];

/** The queue's filters (GET /review-queue: tier, country, severity of open findings, claim). */
export function QueueFilters({ values, onChange }: { values: QueueFilterValues; onChange(name: keyof QueueFilterValues, value: string): void }) {
  const countries = useResource(() => api.get<Page<{ code: string; name: string; tier: number }>>('/countries'), []);
  const countryOptions = [
    { value: '', label: 'Any country' },
    ...(countries.data?.items ?? [])
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((country) => ({ value: country.code, label: `${country.name} (${country.code}, Tier ${country.tier})` })),
  ];
  return (
    <form className="row aud-filters" aria-label="Filter the queue" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Tier"
        value={values.tier}
        onChange={(value) => onChange('tier', value)}
        options={[
          { value: '', label: 'Any tier' },
          { value: '1', label: 'Tier 1' },
          { value: '2', label: 'Tier 2' },
          { value: '3', label: 'Tier 3' },
        ]}
      />
      <SelectField label="Country" value={values.country} onChange={(value) => onChange('country', value)} options={countryOptions} />
      <SelectField
        label="Open findings"
        value={values.severity}
        onChange={(value) => onChange('severity', value)}
        options={[{ value: '', label: 'Any' }, ...FINDING_SEVERITIES.map((severity) => ({ value: severity, label: `With an open ${severity} finding` }))]}
      />
      <SelectField
        label="Claim"
        value={values.claim}
        onChange={(value) => onChange('claim', value)}
        options={[
          { value: '', label: 'All items' },
          { value: 'unclaimed', label: 'Unclaimed' },
          { value: 'mine', label: 'Claimed by me' },
        ]}
      />
    </form>
  );
}
