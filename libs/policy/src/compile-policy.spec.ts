import { compilePolicy } from './compile-policy';
import type { RestrictedParty } from './policy-pack.schema';
import { referencePolicyPack } from './reference/reference-pack';

describe('compilePolicy', () => {
  const pack = referencePolicyPack();

  it('indexes countries by code with their name and tier', () => {
    const policy = compilePolicy(pack, () => null);
    const germany = pack.countries.find((country) => country.code === 'DE');
    expect(policy.countries.size).toBe(pack.countries.length);
    expect(policy.countries.get('DE')).toEqual(germany);
    expect(policy.countries.get('de')).toBeUndefined();
  });

  it('lists the country codes of a tier in pack order, a fresh list each time', () => {
    const policy = compilePolicy(pack, () => null);
    const tier3 = pack.countries.filter((country) => country.tier === 3).map((country) => country.code);
    expect(policy.countryCodesOfTier(3)).toEqual(tier3);
    policy.countryCodesOfTier(3).push('XX');
    expect(policy.countryCodesOfTier(3)).toEqual(tier3);
  });

  it('indexes controls by id and carries the evidence types', () => {
    const policy = compilePolicy(pack, () => null);
    expect([...policy.controls.keys()]).toEqual(pack.controls.map((control) => control.id));
    const first = pack.controls[0];
    expect(first).toBeDefined();
    expect(policy.controls.get(first!.id)).toBe(first);
    expect(policy.evidenceTypes).toEqual(pack.evidenceTypes);
  });

  it('classifies inventory with the pack catalog and prohibited rules', () => {
    const policy = compilePolicy(pack, () => null);
    expect(policy.classifier.classify('NVIDIA', 'H100 SXM5')).toMatchObject({ kind: 'known', accelerator: { model: 'H100' } });
    expect(policy.classifier.classify('Huawei', 'Ascend 910B')).toMatchObject({ kind: 'prohibited' });
  });

  it('builds the screening index on first use only, once, from the restricted parties', () => {
    const built: (readonly RestrictedParty[])[] = [];
    const policy = compilePolicy(pack, (parties) => {
      built.push(parties);
      return { entries: parties.length };
    });
    expect(built).toHaveLength(0);
    const index = policy.screening();
    expect(index).toEqual({ entries: pack.restrictedParties.length });
    expect(policy.screening()).toBe(index);
    expect(built).toEqual([pack.restrictedParties]);
  });
});
