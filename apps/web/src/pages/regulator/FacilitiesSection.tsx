import { useDeferredValue, useMemo, useState } from 'react';
import { SelectField, TextField } from '../../ui/fields';
import { FacilityTable } from './FacilityTable';
import { FACILITY_STATUSES, statusLabel, type FacilityRow } from './report-types';

const STATUS_OPTIONS = [{ value: '', label: 'Any status' }, ...FACILITY_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))];

/** Every facility in scope, searchable by facility or organisation name and filtered by status. */
export function FacilitiesSection({ rows }: { rows: readonly FacilityRow[] }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const needle = useDeferredValue(search.trim().toLowerCase());
  const matching = useMemo(
    () => rows.filter((row) => (status === '' || row.status === status) && (needle === '' || row.name.toLowerCase().includes(needle) || row.organization.toLowerCase().includes(needle))),
    [rows, status, needle],
  );
  return (
    <section className="card" aria-labelledby="facilities-title">
      <h2 id="facilities-title">Facilities</h2>
      <div className="row">
        <TextField label="Search facilities" type="search" value={search} onChange={setSearch} hint="Facility or organisation name" />
        <SelectField label="Status" value={status} onChange={setStatus} options={STATUS_OPTIONS} />
      </div>
      <p className="muted" role="status">
        {matching.length === rows.length ? countOf(rows.length) : `${matching.length} of ${countOf(rows.length)} match`}
      </p>
      <FacilityTable caption="Facilities" rows={matching} empty="No facility matches." />
    </section>
  );
}

function countOf(facilities: number): string {
  return `${facilities.toLocaleString()} ${facilities === 1 ? 'facility' : 'facilities'}`;
}
