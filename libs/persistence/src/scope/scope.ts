import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, type Principal } from '@tiergate/auth';

/**
 * Which rows a read may reach. Every store read takes one, so a query cannot forget its scoping:
 * - organization: an operator's own organisation (null, an operator without one, matches nothing);
 * - jurisdictions: a regulator held to countries (upper-case ISO codes, once each, sorted);
 * - all: auditors, admins and regulators without jurisdictions;
 * - system: the worker and other internal jobs acting for no caller.
 */
export type Scope = { kind: 'organization'; organizationId: string | null } | { kind: 'jurisdictions'; countries: readonly string[] } | { kind: 'all' } | { kind: 'system' };

export const SYSTEM_SCOPE: Scope = { kind: 'system' };

/** The scope of a caller: an operator sees its organisation, a regulator with jurisdictions those countries, everyone else everything. */
export function scopeOf(principal: Principal): Scope {
  if (principal.role === Role.Operator) return { kind: 'organization', organizationId: principal.organizationId };
  if (principal.role === Role.Regulator && principal.jurisdictions.length > 0) {
    // ISO codes may have been stored in either case.
    return { kind: 'jurisdictions', countries: [...new Set(principal.jurisdictions.map((code) => code.toUpperCase()))].sort() };
  }
  return { kind: 'all' };
}

/** The countries a scope is held to, or null when it is not held to any. */
export function scopeJurisdictions(scope: Scope): string[] | null {
  return scope.kind === 'jurisdictions' ? [...scope.countries] : null;
}

/** Columns (qualified with the query's alias) that place a row in an organisation and a country. */
export interface ScopedColumns {
  organization: string;
  /** The facility's country. Without it the row belongs to the organisation as a whole (the organisation itself, its keys). */
  country?: string;
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
 * The one place that decides which rows a scope reaches, applied in SQL so a query can never
 * reach outside it: an organisation scope sees its own organisation; a jurisdictions scope sees
 * facilities (and what hangs off them) in those countries, and organisations in scope — HQ there
 * or a facility there; all and system see everything. Rows outside the scope are simply absent,
 * so a single-record lookup answers 404 rather than 403.
 */
export function applyScope<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, scope: Scope, columns: ScopedColumns): SelectQueryBuilder<E> {
  switch (scope.kind) {
    case 'organization':
      query.andWhere(`${columns.organization} = :scopeOrganizationId`, { scopeOrganizationId: scope.organizationId });
      break;
    case 'jurisdictions': {
      const countries = [...scope.countries];
      // An empty list would be invalid SQL; a scope held to no country reaches nothing.
      if (countries.length === 0) query.andWhere('FALSE');
      else if (columns.country) query.andWhere(`${columns.country} IN (:...scopeJurisdictions)`, { scopeJurisdictions: countries });
      else query.andWhere(organizationInJurisdictions(columns.organization, ':scopeJurisdictionList'), { scopeJurisdictionList: countries });
      break;
    }
    case 'all':
    case 'system':
      break;
  }
  return query;
}
