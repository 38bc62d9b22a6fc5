import { restrictedPartySchema } from '../src/policy-pack.schema';
import { LISTED_ENTITIES } from '../src/restricted-parties/listed-entities';
import { SAMPLE_SOURCE, sampleRestrictedParties } from './sample-restricted-parties';

describe('sampleRestrictedParties', () => {
  const sample = sampleRestrictedParties();

  it('makes 3,000 entries by default, numbered from SAMPLE-000001', () => {
    expect(sample).toHaveLength(3_000);
    expect(sample[0].id).toBe('SAMPLE-000001');
    expect(sample[2_999].id).toBe('SAMPLE-003000');
    expect(sampleRestrictedParties(5)).toHaveLength(5);
    expect(sampleRestrictedParties(0)).toEqual([]);
  });

  it('is deterministic for a seed, differs between seeds, and a longer list starts with a shorter one', () => {
    expect(sampleRestrictedParties(500, 7)).toEqual(sampleRestrictedParties(500, 7));
    expect(sampleRestrictedParties(50, 2).map((entry) => entry.name)).not.toEqual(sampleRestrictedParties(50, 3).map((entry) => entry.name));
    expect(sampleRestrictedParties(1_000).slice(0, 300)).toEqual(sampleRestrictedParties(300));
  });

  it('marks every entry as invented', () => {
    for (const entry of sample) expect(entry).toMatchObject({ sample: true, source: SAMPLE_SOURCE });
  });

  it('gives every entry a unique name, valid fields and distinct aliases', () => {
    expect(new Set(sample.map((entry) => entry.name.toLowerCase())).size).toBe(sample.length);
    expect(new Set(sample.map((entry) => entry.id)).size).toBe(sample.length);
    for (const entry of sample) {
      expect(restrictedPartySchema.parse(entry)).toEqual(entry);
      expect(entry.aliases).not.toContain(entry.name);
      expect(new Set(entry.aliases.map((alias) => alias.toLowerCase())).size).toBe(entry.aliases.length);
    }
  });

  it('never reuses a real listed name', () => {
    const real = new Set(LISTED_ENTITIES.flatMap((entity) => [entity.name, ...entity.aliases]).map((name) => name.toLowerCase()));
    expect(sample.filter((entry) => real.has(entry.name.toLowerCase()))).toEqual([]);
  });

  it('spreads entries over Tier 3 countries and transhipment hubs, about 12% military', () => {
    const countries = new Set(sample.map((entry) => entry.country));
    expect(countries).toEqual(new Set(['CN', 'RU', 'IR', 'KP', 'BY', 'SY', 'VE', 'MM', 'AE', 'TR', 'HK', 'SG', 'MY']));
    const militaryShare = sample.filter((entry) => entry.militaryEndUser).length / sample.length;
    expect(militaryShare).toBeGreaterThan(0.1);
    expect(militaryShare).toBeLessThan(0.15);
    expect(sample.filter((entry) => entry.aliases.length > 0).length / sample.length).toBeGreaterThan(0.95);
  });

  it('includes native-script spellings, individuals and legal-form variants', () => {
    const aliases = sample.flatMap((entry) => entry.aliases);
    expect(aliases.some((alias) => /有限公司$/.test(alias))).toBe(true);
    expect(aliases.some((alias) => /[а-яё]/i.test(alias))).toBe(true);
    expect(sample.some((entry) => /^[A-Z][a-z]+ [A-Z][a-z]+ bin [A-Z]/.test(entry.name))).toBe(true);
    expect(aliases.some((alias) => / OOO$/.test(alias))).toBe(true);
  });

  // How fast it is belongs to bench/screening.bench.ts; here only that the names stay unique at that size.
  it('produces the 20,000 distinct entries of the screening benchmark', () => {
    const large = sampleRestrictedParties(20_000);
    expect(large).toHaveLength(20_000);
    expect(new Set(large.map((entry) => entry.name.toLowerCase())).size).toBe(20_000);
  });
});
