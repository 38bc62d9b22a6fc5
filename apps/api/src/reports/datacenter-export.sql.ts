/** A timestamp as the text JavaScript's toISOString() writes: no Date object per row and cell. */
function isoText(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * Every facility in scope as it stands now. The current attestation is the
 * approved one when there is one, else the latest version that reached submission; drafts and
 * withdrawn versions never represent a facility.
 *
 * Attestations and open findings are reduced to one row per facility first and hash-joined: a
 * lookup per facility (a LATERAL subquery) made the database the bottleneck at 100,000 facilities.
 * Rows come in storage order, unsorted: a sort would hold every facility in the database before
 * the first row could leave, and the export is meant to stream at any size (sort it downstream).
 *
 * Parameter: $1 the countries in scope (text[], or null for all).
 */
export const DATACENTER_EXPORT_SQL = `
  SELECT d.id, d.name, d.organization_id, o.name AS organization_name, d.country_code::text AS country_code,
         d.compliance_status AS status, d.inventory_models, ${isoText('d.next_audit_due')} AS next_audit_due,
         a.id AS attestation_id, a.version AS attestation_version, a.status AS attestation_status, ${isoText('a.valid_until')} AS valid_until,
         COALESCE(f.blocker, 0) AS blocker, COALESCE(f.major, 0) AS major, COALESCE(f.minor, 0) AS minor, COALESCE(f.info, 0) AS info
  FROM datacenters d
  JOIN organizations o ON o.id = d.organization_id
  LEFT JOIN (
    SELECT DISTINCT ON (x.datacenter_id) x.datacenter_id, x.id, x.version, x.status, x.valid_until
    FROM attestations x
    WHERE x.status NOT IN ('draft', 'withdrawn') AND ($1::text[] IS NULL OR x.country_code = ANY($1::text[]))
    ORDER BY x.datacenter_id, (x.status = 'approved') DESC, x.version DESC
  ) a ON a.datacenter_id = d.id
  LEFT JOIN (
    SELECT x.datacenter_id,
           (count(*) FILTER (WHERE x.severity = 'blocker'))::int AS blocker,
           (count(*) FILTER (WHERE x.severity = 'major'))::int AS major,
           (count(*) FILTER (WHERE x.severity = 'minor'))::int AS minor,
           (count(*) FILTER (WHERE x.severity = 'info'))::int AS info
    FROM findings x
    WHERE x.status = 'open' AND ($1::text[] IS NULL OR x.country_code = ANY($1::text[]))
    GROUP BY x.datacenter_id
  ) f ON f.datacenter_id = d.id
  WHERE ($1::text[] IS NULL OR d.country_code = ANY($1::text[]))`;

/** A row of DATACENTER_EXPORT_SQL as pg returns it. */
export interface DatacenterExportSqlRow {
  id: string;
  name: string;
  organization_id: string;
  organization_name: string;
  country_code: string;
  status: string;
  inventory_models: { vendor: string; model: string; quantity: number }[];
  next_audit_due: string | null;
  attestation_id: string | null;
  attestation_version: number | null;
  attestation_status: string | null;
  valid_until: string | null;
  blocker: number;
  major: number;
  minor: number;
  info: number;
}
