import { referenceRestrictedParties, type RestrictedParty } from '@tiergate/policy';
import { sampleRestrictedParties } from '@tiergate/policy/sample-parties';
import { evaluateScreening, labelledVariants } from '../evaluation';
import { prepareName } from './prepared-name';
import { DEFAULT_SCREENING_THRESHOLD, ScreeningIndex } from './screening-index';
import { preparedNameSimilarity } from './similarity';

const threshold = DEFAULT_SCREENING_THRESHOLD;

describe('ScreeningIndex on the reference list', () => {
  // The real listed entities plus 3,000 invented ones, as the reference policy pack carries them.
  const index = new ScreeningIndex(referenceRestrictedParties());

  it.each(['HUAWEI TECHNOLOGIES CO LTD', 'Huawei Technology Company Limited', '华为技术有限公司', 'Technologies Huawei', 'Hua Wei Technologies', 'Huawie Technologies'])(
    'finds Huawei first under %j',
    (name) => {
      const [best] = index.screen(name, { threshold });
      expect(best).toMatchObject({ entryId: 'EL-HUAWEI', listedName: 'Huawei Technologies Co., Ltd.', militaryEndUser: false, country: 'CN' });
      expect(best.source).toMatch(/Entity List/);
      expect(best.score).toBeGreaterThan(0.95);
    },
  );

  it('reports the spelling that matched, not only the listed name', () => {
    expect(index.screen('华为技术有限公司', { threshold })[0].matchedName).toBe('华为技术有限公司');
    expect(index.screen('Zhongke Shuguang', { threshold })[0]).toMatchObject({ entryId: 'EL-SUGON', matchedName: 'Zhongke Shuguang' });
  });

  it('carries the military end-user flag of the entry', () => {
    expect(index.screen('National Univ. of Defense Tech', { threshold })[0]).toMatchObject({ entryId: 'EL-NUDT', militaryEndUser: true });
  });

  it.each([
    ['Huawei Technologies Deutschland GmbH', 'EL-HUAWEI'],
    ['Huawei Cloud Computing Technologies', 'EL-HUAWEI'],
    ['Huawei Technologies (UK) Co., Ltd.', 'EL-HUAWEI'],
    ['SMIC Beijing', 'EL-SMIC'],
    ['Semiconductor Manufacturing International (Beijing) Corporation', 'EL-SMIC'],
    ['Hikvision Europe B.V.', 'EL-HIKVISION'],
    ['Inspur Cloud Services Deutschland GmbH', 'EL-INSPUR'],
  ])('finds the listed parent of the subsidiary %j at or above the threshold, just below the parent itself', (name, entryId) => {
    const match = index.screen(name, { threshold }).find((candidate) => candidate.entryId === entryId);
    expect(match).toBeDefined();
    expect(match?.score).toBeGreaterThanOrEqual(threshold);
    expect(match?.score).toBeLessThan(1);
  });

  it.each(['H u a w e i', 'H U A W E I Technologies', 'S M I C', 'H-u-a-w-e-i Technologies Co., Ltd.'])('reads the spaced-out letters of %j as one word', (name) => {
    expect(index.screen(name, { threshold }).map((match) => match.entryId)).toEqual(expect.arrayContaining([expect.stringMatching(/^EL-(HUAWEI|SMIC)$/)]));
  });

  it('does not take an innocent firm for a subsidiary because of its country, city or business line', () => {
    for (const name of [
      'Bluepeak Technologies Deutschland GmbH',
      'Northwind Cloud Computing Technologies',
      'Shenzhen Bluepeak Electronics Ltd',
      'Hawaii Cloud Services GmbH',
      'Smith Beijing Trading',
      'Beijing Technology Services',
      'Cloud Computing Europe B.V.',
    ]) {
      expect([name, index.screen(name, { threshold })]).toEqual([name, []]);
    }
  });

  it('reports no parent when the threshold leaves no room below the parent itself', () => {
    expect(index.screen('Huawei Technologies Deutschland GmbH', { threshold: 0.97 })).toEqual([]);
  });

  it('does not take names that only sound like a listed one for it', () => {
    // "Hawaii" is three edits from "Huawei", and the rest of the name is not Huawei's: no alert at all.
    expect(index.screen('Hawaii Tech Supplies', { threshold })).toEqual([]);
    expect(index.screen('Hawaii', { threshold })).toEqual([]);
    expect(index.screen('Inspire Learning Ltd', { threshold })).toEqual([]);
    expect(index.screen('Acme Widgets GmbH', { threshold })).toEqual([]);
  });

  it('returns one match per entry, under its best spelling', () => {
    // Huawei's name and several aliases all match "Huawei Technologies".
    const matches = index.screen('Huawei Technologies', { threshold: 0.5 });
    expect(matches.filter((match) => match.entryId === 'EL-HUAWEI')).toEqual([expect.objectContaining({ score: 1 })]);
    for (const name of ['Shenzhen Electronics', 'Hangzhou Technology Co', 'Moscow Kvant JSC']) {
      const ids = index.screen(name, { threshold: 0.6 }).map((match) => match.entryId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('respects the threshold and sorts best first', () => {
    const loose = index.screen('Longhua Precision Electronics', { threshold: 0.7 });
    expect(loose.length).toBeGreaterThan(1);
    for (const match of loose) expect(match.score).toBeGreaterThanOrEqual(0.7);
    expect(loose.map((match) => match.score)).toEqual([...loose.map((match) => match.score)].sort((a, b) => b - a));
    const strict = index.screen('Longhua Precision Electronics', { threshold: 0.9 });
    expect(strict.every((match) => match.score >= 0.9)).toBe(true);
    expect(strict.length).toBeLessThan(loose.length);
  });

  it('caps the matches at the limit, keeping the best', () => {
    const all = index.screen('Longhua Precision Electronics', { threshold: 0.7 });
    expect(index.screen('Longhua Precision Electronics', { threshold: 0.7, limit: 2 })).toEqual(all.slice(0, 2));
  });

  it('rejects a threshold or limit outside its range', () => {
    expect(() => index.screen('Huawei', { threshold: 0 })).toThrow(RangeError);
    expect(() => index.screen('Huawei', { threshold: 1.2 })).toThrow(RangeError);
    expect(() => index.screen('Huawei', { threshold: Number.NaN })).toThrow(RangeError);
    expect(() => index.screen('Huawei', { threshold, limit: 0 })).toThrow(RangeError);
  });

  it('finds nothing for a name without letters', () => {
    expect(index.screen(' -- ', { threshold })).toEqual([]);
  });
});

describe('ScreeningIndex on a labelled set', () => {
  const entries = sampleRestrictedParties(300, 11);
  const index = new ScreeningIndex(entries);
  const queries = labelledVariants(entries, { positives: 200, negatives: 100, seed: 42 });

  it('catches at least 95% of respelled listed names with at least 90% of alerts right', () => {
    const evaluation = evaluateScreening(queries, (name) => index.screen(name, { threshold }));
    expect(evaluation.positives).toBe(200);
    expect(evaluation.negatives).toBe(100);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds exactly what scoring every listed name would find', () => {
    // The candidate finder only skips names it can prove are below the threshold.
    const spellings = entries.flatMap((entry: RestrictedParty) => [entry.name, ...entry.aliases].map((spelling) => ({ id: entry.id, name: prepareName(spelling) })));
    for (const { query } of queries.slice(0, 150)) {
      const prepared = prepareName(query);
      const best = new Map<string, number>();
      for (const { id, name } of spellings) {
        const score = preparedNameSimilarity(prepared, name);
        if (score >= threshold) best.set(id, Math.max(score, best.get(id) ?? 0));
      }
      const found = new Map(index.screen(query, { threshold }).map((match) => [match.entryId, match.score]));
      expect(found).toEqual(best);
    }
  });
});
