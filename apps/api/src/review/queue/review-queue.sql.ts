/**
 * One page of the queue: open items with their attestation, facility and organisation, riskiest
 * first, then oldest, then by id (the order the cursor follows). `conditions` are SQL joined with
 * AND; `limit` is the placeholder of the row limit.
 */
export function reviewQueuePageSql(conditions: readonly string[], limit: string): string {
  return `SELECT item.id, item.priority, item.approvals_required, item.approvals, item.claimed_by, item.lease_until, item.created_at,
              attestation.id AS attestation_id, attestation.version AS attestation_version, attestation.status AS attestation_status,
              attestation.submitted_at, attestation.policy_version_id,
              datacenter.id AS datacenter_id, datacenter.name AS datacenter_name, datacenter.country_code,
              datacenter.compliance_status, datacenter.inventory_models,
              organization.id AS organization_id, organization.name AS organization_name
         FROM review_items item
         JOIN attestations attestation ON attestation.id = item.attestation_id
         JOIN datacenters datacenter ON datacenter.id = item.datacenter_id
         JOIN organizations organization ON organization.id = item.organization_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY item.priority DESC, item.created_at ASC, item.id ASC
        LIMIT ${limit}`;
}

/** Findings of the attestations in $1 (uuid[]), counted by attestation, severity and status. */
export const FINDING_TALLIES_SQL = `SELECT attestation_id, severity, status, count(*)::int AS n FROM findings WHERE attestation_id = ANY($1::uuid[]) GROUP BY attestation_id, severity, status`;
