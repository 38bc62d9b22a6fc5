import type { Principal } from '@tiergate/auth';
import { facilityInJurisdictions, organizationInJurisdictions, scopeJurisdictions, scopeOf, uuidOrNull } from '@tiergate/persistence';

/** Entities that sit at one facility: the row carries the facility's country, as its own route scopes it. */
const FACILITY_TABLES: Record<string, string> = {
  attestation: 'attestations',
  finding: 'findings',
  review_item: 'review_items',
  attestation_comment: 'attestation_comments',
};

/**
 * Which audit entries a regulator held to jurisdictions may read, as SQL over audit_log (null: every
 * entry). An entry is visible when the entity it names is one the regulator could read through that
 * entity's own route, so the trail never tells more than the records do:
 * - facility-level entities (datacenter, attestation — evidence entries name their attestation —,
 *   finding, review item, comment): the facility is in the jurisdictions;
 * - organisation-level entities (organisation — ownership, signing keys and imports are recorded
 *   against it —, API key, webhook, auditor affiliation): the organisation is in scope (HQ or a
 *   facility there). Webhooks and affiliations are deleted with their rows, so they are placed by
 *   the organisationId their payload recorded, which the hash keeps fixed;
 * - policy versions: global, so every regulator sees them;
 * - users and logins: only the regulator's own; other people's accounts are not a jurisdiction's
 *   business, and a failed login for an unknown address names no one;
 * - anything else (platform jobs and queues, kinds added later): hidden until someone decides.
 * Entries are shown whole: the hash covers the payload, so one cannot be trimmed and still verify.
 */
export function auditLogScopeClause(principal: Principal, bind: (value: unknown) => string): string | null {
  const countries = scopeJurisdictions(scopeOf(principal));
  if (!countries) return null;
  const jurisdictions = bind(countries);
  const entityId = uuidOrNull('audit_log.entity_id');
  const recordedOrganization = uuidOrNull("audit_log.payload->>'organizationId'");
  const facilityRow = (table: string) => `EXISTS (SELECT 1 FROM ${table} scope_row WHERE scope_row.id = ${entityId} AND scope_row.country_code = ANY(${jurisdictions}))`;
  const branches: [string, string][] = [
    ['policy_version', 'true'],
    ['user', `audit_log.entity_id = ${bind(principal.userId)}`],
    ['organization', organizationInJurisdictions(entityId, jurisdictions)],
    ['api_key', `EXISTS (SELECT 1 FROM api_keys scope_key WHERE scope_key.id = ${entityId} AND ${organizationInJurisdictions('scope_key.organization_id', jurisdictions)})`],
    ['webhook', organizationInJurisdictions(recordedOrganization, jurisdictions)],
    ['auditor_affiliation', organizationInJurisdictions(recordedOrganization, jurisdictions)],
    ['datacenter', facilityInJurisdictions(entityId, jurisdictions)],
    ...Object.entries(FACILITY_TABLES).map(([entityType, table]): [string, string] => [entityType, facilityRow(table)]),
  ];
  // CASE, not OR: only the branch of the entry's own type runs, and NULL (no entity) counts as hidden.
  return `COALESCE(CASE audit_log.entity_type ${branches.map(([entityType, visible]) => `WHEN '${entityType}' THEN ${visible}`).join(' ')} ELSE false END, false)`;
}
