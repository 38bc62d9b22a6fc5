import type { FacilityRow } from './report-types';

/**
 * Compliant facilities whose next audit fell due before `moment`: the status report's definition
 * of an overdue re-audit, applied to the facility export so the list matches the count.
 */
export function overdueFacilities(rows: readonly FacilityRow[], moment: string): FacilityRow[] {
  const cutoff = Date.parse(moment);
  return rows
    .filter((row) => row.status === 'compliant' && row.nextAuditDue !== null && Date.parse(row.nextAuditDue) < cutoff)
    .sort((a, b) => Date.parse(a.nextAuditDue as string) - Date.parse(b.nextAuditDue as string));
}
