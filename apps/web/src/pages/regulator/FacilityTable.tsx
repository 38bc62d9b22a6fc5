import { useState } from 'react';
import { StatusBadge } from '../../ui/StatusBadge';
import { EmptyState } from '../../ui/states';
import { formatDate, formatNumber } from '../../ui/format';
import type { FacilityRow } from './report-types';

const SHOWN_AT_ONCE = 50;

/** Facilities of the export as a table; long lists show 50 rows at a time. */
export function FacilityTable({ caption, rows, empty }: { caption: string; rows: readonly FacilityRow[]; empty: string }) {
  const [shown, setShown] = useState(SHOWN_AT_ONCE);
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Facility</th>
            <th scope="col">Organisation</th>
            <th scope="col">Country</th>
            <th scope="col">Tier</th>
            <th scope="col">Status</th>
            <th scope="col">Next audit due</th>
            <th scope="col">H100-eq.</th>
            <th scope="col">Open findings</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{row.organization}</td>
              <td>{row.countryCode}</td>
              <td>{row.tier ?? '—'}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>{formatDate(row.nextAuditDue)}</td>
              <td>{formatNumber(row.h100Equivalents)}</td>
              <td>{describeFindings(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((count) => count + SHOWN_AT_ONCE)}>
          Show more ({formatNumber(rows.length - shown)} not shown)
        </button>
      )}
    </>
  );
}

function describeFindings(row: FacilityRow): string {
  const { blocker, major, minor, info } = row.openFindings;
  const parts = [
    [blocker, 'blocker'],
    [major, 'major'],
    [minor, 'minor'],
    [info, 'info'],
  ].filter(([count]) => (count as number) > 0);
  return parts.length === 0 ? 'none' : parts.map(([count, severity]) => `${count} ${severity}`).join(', ');
}
