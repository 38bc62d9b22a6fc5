import { sampleRestrictedParties } from '@tiergate/policy/sample-parties';
import { normalizeName } from './name-normalizer';
import { nameSimilarity, wordSimilarity } from './similarity';

/** Every one-letter slip of one word of the name: insertion, deletion, substitution, transposition. */
function typos(name: string, word: string): string[] {
  const at = name.indexOf(word);
  const respell = (respelled: string) => name.slice(0, at) + respelled + name.slice(at + word.length);
  const variants: string[] = [];
  for (let i = 0; i < word.length; i += 1) {
    variants.push(respell(word.slice(0, i) + 'q' + word.slice(i)));
    variants.push(respell(word.slice(0, i) + word.slice(i + 1)));
    variants.push(respell(word.slice(0, i) + (word[i] === 'x' ? 'z' : 'x') + word.slice(i + 1)));
    if (i + 1 < word.length && word[i] !== word[i + 1]) variants.push(respell(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)));
  }
  return variants;
}

describe('nameSimilarity', () => {
  const sample = sampleRestrictedParties(120, 3).flatMap((entry) => [entry.name, ...entry.aliases]);

  it('is 1 for a name and itself, and for spellings that normalize alike', () => {
    for (const name of sample) expect(nameSimilarity(name, name)).toBe(1);
    expect(nameSimilarity('Huawei Technologies Co., Ltd.', 'HUAWEI TECHNOLOGIES CO LTD')).toBe(1);
    expect(nameSimilarity('Huawei Technologies', 'Technologies Huawei')).toBe(1);
    expect(nameSimilarity('Huawei Technologies', 'Hua Wei Technologies')).toBe(1);
    expect(nameSimilarity('Huawei Technologies', 'Huawei Technology Company Limited')).toBe(1);
  });

  it('is symmetric', () => {
    for (let i = 0; i + 1 < sample.length; i += 1) {
      const [a, b] = [sample[i], sample[(i * 7 + 3) % sample.length]];
      expect(nameSimilarity(a, b)).toBe(nameSimilarity(b, a));
    }
  });

  it('stays in [0, 1]', () => {
    for (let i = 0; i + 1 < sample.length; i += 1) {
      const score = nameSimilarity(sample[i], sample[i + 1]);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['Huawei Technologies Co., Ltd.', 'Huawei'],
    ['Huawei Technologies Co., Ltd.', 'Technologies'],
    ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'Hikvision'],
    ['Semiconductor Manufacturing International Corporation', 'Manufacturing'],
    ['Yekaterinburg Radio Engineering Institute Kvant JSC', 'Yekaterinburg'],
    ['Mohammad Reza Hosseini', 'Hosseini'],
  ])('scores every one-letter typo in a word of %j above 0.9 (word %j)', (name, word) => {
    for (const typo of typos(name, word)) expect(nameSimilarity(name, typo)).toBeGreaterThan(0.9);
  });

  it('forgives transliteration variants and spacing', () => {
    expect(nameSimilarity('Mohammad Reza Hosseini', 'Muhammad Reza Husseini')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Yekaterinburg Instrument Plant', 'Ekaterinburg Instrument Plant')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Moore Threads', 'MooreThreads')).toBe(1);
    expect(nameSimilarity('Amir Esfahani', 'Amr Esfahani')).toBeGreaterThan(0.9);
  });

  it.each([
    ['Huawei Technologies', 'Acme Widgets'],
    ['Huawei', 'Hawaii'],
    ['Huawei Technologies Co., Ltd.', 'Hawaii Tech Supplies'],
    ['Semiconductor Manufacturing International', 'Northwind Bakery'],
    ['Aleksandr Ivanovich Sokolov', 'Emily Hartmann'],
    ['Sugon', 'Sugar Cone Ice Cream Co.'],
    ['Inspur Group', 'Inspire Learning Ltd'],
  ])('scores unrelated names below 0.6: %j / %j', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.6);
  });

  it('scores listed names below 0.6 when no word of one is a word of the other, even misspelt', () => {
    const words = (name: string) => normalizeName(name).tokens;
    for (let i = 0; i < sample.length; i += 1) {
      const [a, b] = [sample[i], sample[(i * 13 + 5) % sample.length]];
      if (words(a).some((left) => words(b).some((right) => wordSimilarity(left, right) > 0))) continue;
      expect(nameSimilarity(a, b)).toBeLessThan(0.6);
    }
  });

  it('does not let a long shared context hide a different distinctive word', () => {
    // Two edits apart when run together, but "Pinecrest" is not "Dune Crest".
    expect(nameSimilarity('Pinecrest Data Systems', 'Dune Crest Data Systems')).toBeLessThan(0.88);
    expect(nameSimilarity('Zhuhai Jinrui Cloud Computing Technology', 'Zhuhai Minghui Cloud Computing Technology')).toBeLessThan(0.88);
  });
});

describe('wordSimilarity', () => {
  it('accepts a misspelling within the word’s edit budget and nothing else', () => {
    expect(wordSimilarity('huawei', 'huawie')).toBeGreaterThan(0.9);
    expect(wordSimilarity('mohammad', 'muhammad')).toBeGreaterThan(0.85);
    // Jaro–Winkler alone would give 0.92 for a prefix.
    expect(wordSimilarity('bright', 'brightwell')).toBe(0);
    // Short words are names of their own.
    expect(wordSimilarity('kim', 'kin')).toBe(0);
    // One character is a different Chinese company name.
    expect(wordSimilarity('金海', '金瑞')).toBe(0);
  });
});
