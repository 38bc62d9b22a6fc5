import { controllingOwner, findUltimateController, isControlling, ownershipProblems, type OwnedEntity, type OwnerRecord } from './ownership';

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
      'at most one owner can be controlling (an owner above 50% is controlling)',
    ]);
  });

  it('treats a share above 50% as controlling whatever the flag says, and exactly 50% as not', () => {
    expect(isControlling(owner('Majority', 'CN', 60))).toBe(true);
    expect(isControlling(owner('Half', 'CN', 50))).toBe(false);
    expect(isControlling(owner('Declared', 'CN', 5, true))).toBe(true);
    expect(ownershipProblems([owner('Majority', 'CN', 60), owner('Declared', 'US', 30, true)])).toEqual(['at most one owner can be controlling (an owner above 50% is controlling)']);
    // Records saved before the majority rule: the majority holder wins over the flag.
    expect(controllingOwner([owner('Declared', 'US', 30, true), owner('Majority', 'CN', 60)])?.name).toBe('Majority');
  });

  it('follows an unflagged majority owner to its country', () => {
    expect(findUltimateController({ name: 'Datacenter Co', country: 'US', owners: [owner('Beijing Holdings', 'CN', 60)] }, () => undefined)).toEqual({
      name: 'Beijing Holdings',
      country: 'CN',
      kind: 'company',
      chain: ['Datacenter Co', 'Beijing Holdings'],
    });
  });

  it('asks the lookup with the whole owner record, so a registered organisation is found by id', () => {
    const registered: OwnedEntity = { id: 'org-1', name: 'Registered Parent', country: 'SG', owners: [owner('Top', 'CN', 100, true)] };
    const linked = { ...owner('Parent (as the operator wrote it)', 'US', 100, true), organizationId: 'org-1' };
    const result = findUltimateController({ id: 'org-0', name: 'Child', country: 'MY', owners: [linked] }, (record) => (record.organizationId === 'org-1' ? registered : undefined));
    expect(result.chain).toEqual(['Child', 'Parent (as the operator wrote it)', 'Top']);
    expect(result.country).toBe('CN');
  });

  it('lets only a known organisation close a cycle: a state named like the organisation still controls it', () => {
    expect(findUltimateController({ id: 'org-0', name: 'Acme', country: 'US', owners: [owner('Acme', 'CN', 30, true, 'state')] }, () => undefined)).toEqual({
      name: 'Acme',
      country: 'CN',
      kind: 'state',
      chain: ['Acme', 'Acme'],
    });
  });

  it('follows controlling owners through known organisations to the top', () => {
    const registry: Record<string, OwnedEntity> = {
      'mid holdings': { name: 'Mid Holdings', country: 'SG', owners: [owner('Top Group', 'CN', 80, true)] },
    };
    const result = findUltimateController(
      { name: 'Datacenter Co', country: 'MY', owners: [owner('mid  HOLDINGS', 'SG', 100, true)] },
      (record) => registry[record.name.trim().replace(/\s+/g, ' ').toLowerCase()],
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
      a: { name: 'A', country: 'US', owners: [owner('B', 'US', 60, true)] },
      b: { name: 'B', country: 'US', owners: [owner('A', 'US', 60, true)] },
    };
    expect(findUltimateController({ name: 'A', country: 'US', owners: [owner('B', 'US', 60, true)] }, (record) => cyclic[record.name.toLowerCase()]).chain).toEqual(['A', 'B']);
  });
});
