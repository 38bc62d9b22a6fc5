import { findUltimateController, ownershipProblems, type OwnedEntity, type OwnerRecord } from './ownership';

const owner = (name: string, country: string, percent: number, controlling = false, kind: OwnerRecord['kind'] = 'company'): OwnerRecord => ({
  name,
  country,
  kind,
  percent,
  controlling,
});

describe('ownership', () => {
  it('accepts shares up to 100 with one controlling owner', () => {
    expect(ownershipProblems([owner('A', 'US', 60, true), owner('B', 'DE', 40)])).toEqual([]);
  });

  it('reports shares over 100 and two controlling owners together', () => {
    expect(ownershipProblems([owner('A', 'US', 60, true), owner('B', 'DE', 50, true)])).toEqual([
      "owners' percentages add up to 110, more than 100",
      'at most one owner can be controlling',
    ]);
  });

  it('follows controlling owners through known organisations to the top', () => {
    const registry: Record<string, OwnedEntity> = {
      'mid holdings': { name: 'Mid Holdings', country: 'SG', owners: [owner('Top Group', 'CN', 80, true)] },
    };
    const result = findUltimateController(
      { name: 'Datacenter Co', country: 'MY', owners: [owner('mid  HOLDINGS', 'SG', 100, true)] },
      (name) => registry[name.trim().replace(/\s+/g, ' ').toLowerCase()],
    );
    expect(result).toEqual({ name: 'Top Group', country: 'CN', kind: 'company', chain: ['Datacenter Co', 'mid  HOLDINGS', 'Top Group'] });
  });

  it('is its own controller without a controlling owner', () => {
    expect(findUltimateController({ name: 'Solo AB', country: 'SE', owners: [owner('Fund', 'US', 30)] }, () => undefined)).toEqual({
      name: 'Solo AB',
      country: 'SE',
      kind: 'company',
      chain: ['Solo AB'],
    });
  });

  it('stops at a person or a state and survives cycles', () => {
    expect(findUltimateController({ name: 'X', country: 'AE', owners: [owner('Emirate', 'AE', 51, true, 'state')] }, () => undefined)).toMatchObject({
      name: 'Emirate',
      kind: 'state',
    });
    const cyclic: Record<string, OwnedEntity> = {
      b: { name: 'B', country: 'US', owners: [owner('A', 'US', 60, true)] },
    };
    expect(findUltimateController({ name: 'A', country: 'US', owners: [owner('B', 'US', 60, true)] }, (n) => cyclic[n.toLowerCase()]).chain).toEqual(['A', 'B']);
  });
});
