import type { ReportGroupBy } from '@tiergate/documents';

/**
 * Every facility in scope that existed at the report's moment, with its status then.
 *
 * The status history is a chain: DatacenterStatusWriter writes each change, in the transaction that
 * makes it, as a row from the previous status to the new one, so the current status is the last
 * row's `to_status` and a facility without rows is still `unattested`. "The last row at or before
 * the moment, else unattested" is therefore the `from_status` of the first row after the moment,
 * else the current status. Walking back from the present costs one index range over the changes
 * made since the moment (none, for a report as of now) instead of a lookup per facility, which is
 * what keeps a report over 100,000 facilities well inside its time budget. Facilities registered
 * after the moment are left out.
 *
 * Parameters: $1 the moment (timestamptz), $2 the countries in scope (text[], or null for all).
 * The writer never changes one facility twice in a transaction, so rows of one facility never share
 * a timestamp and "the first row after" is never ambiguous.
 */
export const FACILITIES_AT_SQL = `
  SELECT d.id, d.name, d.organization_id, d.country_code, d.next_audit_due, d.inventory_models,
         COALESCE(later.from_status, d.compliance_status) AS status
  FROM datacenters d
  LEFT JOIN (
    SELECT DISTINCT ON (s.datacenter_id) s.datacenter_id, s.from_status
    FROM datacenter_status_changes s
    WHERE s.created_at > $1
    ORDER BY s.datacenter_id, s.created_at
  ) later ON later.datacenter_id = d.id
  WHERE d.created_at <= $1 AND ($2::text[] IS NULL OR d.country_code = ANY($2::text[]))`;

/**
 * The attestation a facility's status at the moment rests on: the one named by the last change at
 * or before it. A lookup per facility, so only the per-facility formats (OSCAL) ask for it.
 * Correlates with FACILITIES_AT_SQL's rows as `at`.
 */
export const ATTESTATION_AT_SQL = `
  SELECT s.attestation_id
  FROM datacenter_status_changes s
  WHERE s.datacenter_id = at.id AND s.created_at <= $1
  ORDER BY s.created_at DESC
  LIMIT 1`;

/**
 * The column SQL groups a status report on; tiers are folded from countries in code (they are
 * policy). Grouped in its own type (uuid, char): hashing those costs a third less than text, and
 * pg hands both to JavaScript as strings anyway.
 */
export function groupColumnOf(groupBy: ReportGroupBy, alias: string): string {
  return groupBy === 'organization' ? `${alias}.organization_id` : `${alias}.country_code`;
}

/**
 * Findings open at the moment: raised at or before it, and open now or changed after it. A finding
 * changed after the moment is counted as open then, although it may already have been remediated
 * before the moment and closed after; findings keep no status history, so this errs towards
 * showing a problem rather than hiding one.
 *
 * Parameters as FACILITIES_AT_SQL.
 */
export const FINDINGS_OPEN_AT_WHERE = `
  f.created_at <= $1 AND (f.status = 'open' OR f.updated_at > $1)
  AND ($2::text[] IS NULL OR f.country_code = ANY($2::text[]))`;
