import { Role, type Principal } from '@tiergate/auth';
import { regulatorJurisdictions } from './data-scope';

const principal = (role: Role, jurisdictions: string[] = []): Principal => ({ userId: 'u1', role, organizationId: null, jurisdictions });

describe('regulator jurisdictions', () => {
  it('holds a regulator with jurisdictions to them, upper-cased, once each, in order', () => {
    expect(regulatorJurisdictions(principal(Role.Regulator, ['fr', 'DE', 'de']))).toEqual(['DE', 'FR']);
  });

  it('holds no one else: a regulator without jurisdictions is global, and other roles are scoped otherwise', () => {
    expect(regulatorJurisdictions(principal(Role.Regulator))).toBeNull();
    for (const role of [Role.Admin, Role.Auditor, Role.Operator]) expect(regulatorJurisdictions(principal(role, ['DE']))).toBeNull();
  });
});
