import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, type Principal } from '@tiergate/auth';

/** Columns (qualified with the query's alias) that place a row in an organisation and a country. */
export interface ScopedColumns {
  organization: string;
  /** The facility's country. Without it the row belongs to the organisation as a whole (the organisation itself, its keys). */
  country?: string;
}

/**
 * The countries a regulator is held to, upper-cased (ISO codes may have been stored in either
 * case), or null when the caller is not held to any: other roles, and regulators without
 * jurisdictions, who are global.
 */
export function regulatorJurisdictions(principal: Principal): string[] | null {
  if (principal.role !== Role.Regulator || principal.jurisdictions.length === 0) return null;
  return [...new Set(principal.jurisdictions.map((code) => code.toUpperCase()))].sort();
}

/**
 * SQL text turning a text expression into a uuid, or NULL when it is not one: audit entity ids and
 * notification data are free text, and a bare cast of a non-uuid would fail the whole query.
 */
export function uuidOrNull(textExpression: string): string {
  return `(CASE WHEN ${textExpression} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${textExpression})::uuid END)`;
}

/**
 * SQL: the organisation `organizationId` (a uuid expression) is within the jurisdictions bound at
 * `jurisdictions` (a placeholder for an array of country codes): its HQ is in one of them, or it
 * has a facility in one of them. Both tests ride an index (the organisations primary key and
 * datacenters by organisation).
 */
export function organizationInJurisdictions(organizationId: string, jurisdictions: string): string {
  return (
    `(EXISTS (SELECT 1 FROM organizations scope_hq WHERE scope_hq.id = ${organizationId} AND scope_hq.hq_country = ANY(${jurisdictions}))` +
    ` OR EXISTS (SELECT 1 FROM datacenters scope_facility WHERE scope_facility.organization_id = ${organizationId} AND scope_facility.country_code = ANY(${jurisdictions})))`
  );
}

/** SQL: the facility `datacenterId` (a uuid expression) is in one of the jurisdictions bound at `jurisdictions`. */
export function facilityInJurisdictions(datacenterId: string, jurisdictions: string): string {
  return `EXISTS (SELECT 1 FROM datacenters scope_facility WHERE scope_facility.id = ${datacenterId} AND scope_facility.country_code = ANY(${jurisdictions}))`;
}

/**
 * The one place that decides which rows a caller may see, applied in SQL so a query can never
 * reach outside it: an operator sees its own organisation; a regulator with jurisdictions sees
 * facilities (and what hangs off them) in those countries, and organisations in scope — HQ there
 * or a facility there; auditors, admins and regulators without jurisdictions see everything. Rows
 * outside the scope are simply absent, so a single-record lookup answers 404 rather than 403.
 */
export function applyDataScope<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, principal: Principal, columns: ScopedColumns): SelectQueryBuilder<E> {
  if (principal.role === Role.Operator) {
    query.andWhere(`${columns.organization} = :scopeOrganizationId`, { scopeOrganizationId: principal.organizationId });
  }
  const jurisdictions = regulatorJurisdictions(principal);
  if (jurisdictions && columns.country) {
    query.andWhere(`${columns.country} IN (:...scopeJurisdictions)`, { scopeJurisdictions: jurisdictions });
  } else if (jurisdictions) {
    query.andWhere(organizationInJurisdictions(columns.organization, ':scopeJurisdictionList'), { scopeJurisdictionList: jurisdictions });
  }
  return query;
}
