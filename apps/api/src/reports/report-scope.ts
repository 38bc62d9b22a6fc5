import { Role, type Principal } from '@tiergate/auth';
import { ForbiddenError } from '@tiergate/domain';
import { scopeJurisdictions, scopeOf } from '@tiergate/persistence';

/** Which facilities a report covers: the countries of a jurisdiction-scoped regulator, or all. */
export interface ReportScope {
  /** ISO codes, or null for every country. */
  countries: string[] | null;
  description: string;
}

/**
 * Reports reach only regulators and admins (the route's permission says so). A regulator with
 * jurisdictions sees facilities in those countries only; one without, and admins, see all.
 */
export function reportScopeOf(principal: Principal): ReportScope {
  // The permission map already keeps others out; this keeps a widened map from leaking every facility.
  if (principal.role !== Role.Regulator && principal.role !== Role.Admin) throw new ForbiddenError('Reports are for regulators and admins');
  // A regulator with jurisdictions is held to them (upper-case, once each, sorted); an admin or a regulator without any reaches all.
  const countries = scopeJurisdictions(scopeOf(principal));
  return countries ? { countries, description: `jurisdictions ${countries.join(', ')}` } : { countries: null, description: 'all jurisdictions' };
}

export function inScope(scope: ReportScope, countryCode: string): boolean {
  return scope.countries === null || scope.countries.includes(countryCode);
}
