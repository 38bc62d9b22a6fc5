import { LISTED_ENTITIES } from '@tiergate/policy';
import { sampleRestrictedParties } from '@tiergate/policy/sample-parties';
import { labelledVariants } from './labelled-variants';
import { normalizeName } from '../src/name-normalizer';

describe('labelledVariants', () => {
  const entries = [...LISTED_ENTITIES, ...sampleRestrictedParties(400, 2)];
  const queries = labelledVariants(entries, { positives: 300, negatives: 200, seed: 9 });
  const positives = queries.filter((query) => query.expectedEntryId !== null);
  const negatives = queries.filter((query) => query.expectedEntryId === null);

  it('is deterministic for a seed, and another seed gives another set', () => {
    expect(labelledVariants(entries, { positives: 300, negatives: 200, seed: 9 })).toEqual(queries);
    expect(labelledVariants(entries, { positives: 300, negatives: 200, seed: 10 })).not.toEqual(queries);
  });

  it('makes as many positives and negatives as asked, mixed', () => {
    expect(positives).toHaveLength(300);
    expect(negatives).toHaveLength(200);
    expect(queries.slice(0, 50).some((query) => query.expectedEntryId === null)).toBe(true);
    expect(queries.slice(0, 50).some((query) => query.expectedEntryId !== null)).toBe(true);
  });

  it('labels each positive with a listed entry and respells a listed name of it', () => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const positive of positives) {
      const entry = byId.get(positive.expectedEntryId ?? '');
      expect(entry).toBeDefined();
      expect([entry?.name, ...(entry?.aliases ?? [])]).toContain(positive.derivedFrom);
      expect(positive.query).not.toBe(positive.derivedFrom);
    }
  });

  it('covers every kind of respelling', () => {
    const kinds = new Set(positives.map((positive) => positive.kind));
    for (const kind of [
      'legal-form-dropped',
      'legal-form-changed',
      'word-order',
      'typo-insertion',
      'typo-deletion',
      'typo-substitution',
      'typo-transposition',
      'case-punctuation-diacritics',
      'abbreviation',
      'spacing',
      'native-script',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('makes innocent names that are not listed, some sharing a place or trade word with the list', () => {
    const listed = new Set(entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => normalizeName(name).normalized)));
    for (const negative of negatives) expect(listed.has(normalizeName(negative.query).normalized)).toBe(false);
    const kinds = new Set(negatives.map((negative) => negative.kind));
    for (const kind of ['unrelated', 'shares-place', 'shares-business-word', 'shares-place-and-business-word', 'person', 'look-alike', 'subsidiary-shaped']) expect(kinds).toContain(kind);
    expect(negatives.map((negative) => negative.query)).toContain('Hawaii Tech Supplies');
    expect(new Set(negatives.map((negative) => negative.query)).size).toBe(negatives.length);
  });

  it('adds subsidiary and spaced-out names of listed companies when asked, each labelled with its company', () => {
    const withSubsidiaries = labelledVariants(entries, { positives: 300, subsidiaries: 80, negatives: 200, seed: 9 });
    const subsidiaries = withSubsidiaries.filter((query) => query.kind === 'subsidiary' || query.kind === 'spaced-letters');
    expect(subsidiaries).toHaveLength(80);
    expect(new Set(subsidiaries.map((query) => query.kind))).toEqual(new Set(['subsidiary', 'spaced-letters']));
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const query of subsidiaries) {
      const entry = byId.get(query.expectedEntryId ?? '');
      expect([entry?.name, ...(entry?.aliases ?? [])]).toContain(query.derivedFrom);
      expect(query.query).not.toBe(query.derivedFrom);
    }
    expect(subsidiaries.filter((query) => query.kind === 'spaced-letters').every((query) => /(\p{L} ){3}/u.test(query.query))).toBe(true);
  });

  it('refuses positives without entries', () => {
    expect(() => labelledVariants([], { positives: 1, negatives: 0 })).toThrow();
  });
});
