import { damerauLevenshteinDistance, damerauLevenshteinSimilarity, jaro, jaroWinkler } from './string-distance';

describe('Jaro–Winkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
    ['CRATE', 'TRACE', 0.7333],
  ])('scores %s / %s as the published examples (%f)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is 1 for equal strings, 0 for nothing in common or an empty side', () => {
    expect(jaroWinkler('huawei', 'huawei')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('only boosts shared prefixes of strings already alike', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeGreaterThan(jaro('MARTHA', 'MARHTA'));
    expect(jaroWinkler('abcxyz', 'abcpqr')).toBe(jaro('abcxyz', 'abcpqr'));
  });
});

describe('Damerau–Levenshtein (optimal string alignment)', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['huawei', 'huawie', 1],
    ['abcd', 'abdc', 1],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%j → %j is %i edits', (a, b, expected) => {
    expect(damerauLevenshteinDistance(a, b)).toBe(expected);
    expect(damerauLevenshteinDistance(b, a)).toBe(expected);
  });

  it('turns the distance into the share of the longer string left unedited', () => {
    expect(damerauLevenshteinSimilarity('huawei', 'huawie')).toBeCloseTo(5 / 6);
    expect(damerauLevenshteinSimilarity('', '')).toBe(1);
  });

  it('handles strings longer than its scratch buffers', () => {
    const long = 'x'.repeat(300);
    expect(damerauLevenshteinDistance(long, `${long}y`)).toBe(1);
    expect(jaroWinkler(long, long.slice(1))).toBeGreaterThan(0.99);
  });
});
