import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, type Principal } from '@tiergate/auth';

/** Columns (qualified with the query's alias) that place a row in an organisation and a country. */
export interface ScopedColumns {
  organization: string;
  country?: string;
}

/**
 * The one place that decides which rows a caller may see, applied in SQL so a query can never
 * reach outside it: an operator sees its own organisation, a regulator with jurisdictions sees
 * facilities in those countries, auditors and admins see everything. Rows outside the scope are
 * simply absent, so a single-record lookup answers 404 rather than 403.
 */
export function applyDataScope<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, principal: Principal, columns: ScopedColumns): SelectQueryBuilder<E> {
  if (principal.role === Role.Operator) {
    query.andWhere(`${columns.organization} = :scopeOrganizationId`, { scopeOrganizationId: principal.organizationId });
  }
  if (principal.role === Role.Regulator && columns.country && principal.jurisdictions.length > 0) {
    query.andWhere(`${columns.country} IN (:...scopeJurisdictions)`, { scopeJurisdictions: principal.jurisdictions });
  }
  return query;
}
