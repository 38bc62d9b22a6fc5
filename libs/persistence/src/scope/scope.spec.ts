import { DataSource } from 'typeorm';
import { Role, type Principal } from '@tiergate/auth';
import { applyScope, scopeJurisdictions, scopeOf, type Scope } from './scope';

const principal = (role: Role, jurisdictions: string[] = [], organizationId: string | null = null): Principal => ({ userId: 'u1', role, organizationId, jurisdictions });

describe('scopeOf', () => {
  it('holds an operator to its organisation', () => {
    expect(scopeOf(principal(Role.Operator, ['DE'], 'org-1'))).toEqual({ kind: 'organization', organizationId: 'org-1' });
  });

  it('holds a regulator with jurisdictions to them, upper-cased, once each, in order', () => {
    expect(scopeOf(principal(Role.Regulator, ['fr', 'DE', 'de']))).toEqual({ kind: 'jurisdictions', countries: ['DE', 'FR'] });
    expect(scopeJurisdictions(scopeOf(principal(Role.Regulator, ['fr'])))).toEqual(['FR']);
  });

  it('lets a regulator without jurisdictions, an auditor and an admin see everything', () => {
    for (const role of [Role.Regulator, Role.Auditor, Role.Admin]) expect(scopeOf(principal(role))).toEqual({ kind: 'all' });
    for (const role of [Role.Auditor, Role.Admin]) expect(scopeOf(principal(role, ['DE']))).toEqual({ kind: 'all' });
    expect(scopeJurisdictions({ kind: 'all' })).toBeNull();
    expect(scopeJurisdictions({ kind: 'organization', organizationId: 'org-1' })).toBeNull();
  });
});

describe('applyScope', () => {
  const dataSource = new DataSource({ type: 'postgres' });
  const scoped = (scope: Scope, country?: string) => {
    const query = dataSource.createQueryBuilder().select('row.id').from('attestations', 'row');
    const [sql, parameters] = applyScope(query, scope, { organization: 'row.organization_id', country }).getQueryAndParameters();
    const at = sql.indexOf(' WHERE ');
    return { where: at < 0 ? null : sql.slice(at + ' WHERE '.length), parameters };
  };

  it('holds an organisation scope to the organisation column', () => {
    expect(scoped({ kind: 'organization', organizationId: 'org-1' }, 'row.country_code')).toEqual({ where: 'row.organization_id = $1', parameters: ['org-1'] });
  });

  it('holds a jurisdictions scope to the country column when the row has one', () => {
    expect(scoped({ kind: 'jurisdictions', countries: ['DE', 'FR'] }, 'row.country_code')).toEqual({ where: 'row.country_code IN ($1, $2)', parameters: ['DE', 'FR'] });
  });

  it('holds a jurisdictions scope to organisations with their HQ or a facility there when the row has no country', () => {
    const { where, parameters } = scoped({ kind: 'jurisdictions', countries: ['DE'] });
    expect(where).toBe(
      '(EXISTS (SELECT 1 FROM organizations scope_hq WHERE scope_hq.id = row.organization_id AND scope_hq.hq_country = ANY($1))' +
        ' OR EXISTS (SELECT 1 FROM datacenters scope_facility WHERE scope_facility.organization_id = row.organization_id AND scope_facility.country_code = ANY($1)))',
    );
    expect(parameters).toEqual([['DE']]);
  });

  it('reaches nothing for a jurisdictions scope held to no country, rather than failing', () => {
    expect(scoped({ kind: 'jurisdictions', countries: [] }, 'row.country_code').where).toBe('FALSE');
  });

  it('adds nothing for the all and system scopes', () => {
    expect(scoped({ kind: 'all' }, 'row.country_code')).toEqual({ where: null, parameters: [] });
    expect(scoped({ kind: 'system' }, 'row.country_code')).toEqual({ where: null, parameters: [] });
  });
});
