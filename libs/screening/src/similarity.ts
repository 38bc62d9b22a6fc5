import { prepareName, type PreparedName } from './prepared-name';
import { damerauLevenshteinDistance, jaroWinkler } from './string-distance';

/**
 * Below this two words count as different, not as a misspelling: unrelated words of similar length
 * often reach 0.6–0.7 Jaro–Winkler, and partial credit for them would add up across a long name.
 */
export const WORD_MATCH_FLOOR = 0.8;

/** Chinese, Japanese and Korean characters: each is a syllable, so one edit changes far more than a Latin letter. */
const CJK_CHARACTER = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Edits a word may carry and still be the same word: for letters, none below four ("Kim"/"Kin",
 * "Ho"/"He" are other names), one up to seven, two from eight ("Mohammad"/"Muhammad"). A CJK
 * character is a syllable, and two names one character apart are often two companies ("金海" /
 * "金瑞"), so CJK words get one edit, and only from eight characters (a wrong character in a long
 * registered name). The limit also tames Jaro–Winkler's prefix bonus, which would otherwise make
 * "Bright" a misspelling of "Brightwell" (0.92).
 */
export function wordEditBudget(word: string): number {
  const { length } = word;
  if (CJK_CHARACTER.test(word[0] ?? '')) return length < 8 ? 0 : 1;
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Shortest "-ies" word read as a plural: "Lies" and "Dies" are not plurals of "ly" and "dy". */
const MIN_IES_PLURAL_LENGTH = 6;

/**
 * "-ies" plurals in the singular ("technologies" → "technology"). Other plurals are one edit from
 * their singular, which the edit budget allows; these are three.
 */
export function singularOf(word: string): string {
  return word.length >= MIN_IES_PLURAL_LENGTH && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
}

/** How alike two words are: Jaro–Winkler, as OFAC scores name parts, or 0 when they are not one word misspelt. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b || singularOf(a) === singularOf(b)) return 1;
  const budget = wordEditBudget(a.length <= b.length ? a : b);
  if (budget === 0 || a.length - b.length > budget || b.length - a.length > budget) return 0;
  const similarity = jaroWinkler(a, b);
  if (similarity < WORD_MATCH_FLOOR) return 0;
  return damerauLevenshteinDistance(a, b) <= budget ? similarity : 0;
}

interface WordPair {
  readonly left: number;
  readonly right: number;
  /** The pair's share of the score before dividing by both names' weight. */
  readonly credit: number;
}

/**
 * Word-set score, blind to word order: words are paired one-to-one (best credit first), each pair
 * earning its similarity times both words' lengths, divided by both names' total length. Missing
 * or extra words therefore cost in proportion to their length, and a one-letter slip in a long
 * word costs little. Greedy pairing is exact whenever words match outright, which is the usual case.
 */
export function wordSetSimilarity(left: readonly string[], right: readonly string[]): number {
  let totalWeight = 0;
  for (const word of left) totalWeight += word.length;
  for (const word of right) totalWeight += word.length;
  if (totalWeight === 0) return 0;

  const pairs: WordPair[] = [];
  for (let i = 0; i < left.length; i += 1) {
    for (let j = 0; j < right.length; j += 1) {
      const similarity = wordSimilarity(left[i], right[j]);
      if (similarity > 0) pairs.push({ left: i, right: j, credit: similarity * (left[i].length + right[j].length) });
    }
  }
  pairs.sort((a, b) => b.credit - a.credit);

  const usedLeft = new Uint8Array(left.length);
  const usedRight = new Uint8Array(right.length);
  let credit = 0;
  for (const pair of pairs) {
    if (usedLeft[pair.left] === 1 || usedRight[pair.right] === 1) continue;
    usedLeft[pair.left] = 1;
    usedRight[pair.right] = 1;
    credit += pair.credit;
  }
  return credit / totalWeight;
}

/**
 * Edits the whole-name comparison accepts. One slip anywhere in the name, spaces included
 * ("Hua Wei"/"Huawei", "Dta"/"Data"), is what it is for; more edits than that usually mean another
 * word, and over a long name Damerau–Levenshtein forgives a whole word ("Pinecrest Data Systems" is
 * two edits from "Dune Crest Data Systems", 0.89), which the word-set score judges properly.
 */
export const WHOLE_NAME_EDIT_LIMIT = 1;

/** Damerau–Levenshtein over the words run together, or 0 beyond the edit limit. */
export function wholeNameSimilarity(a: PreparedName, b: PreparedName): number {
  if (a.weight - b.weight > WHOLE_NAME_EDIT_LIMIT || b.weight - a.weight > WHOLE_NAME_EDIT_LIMIT) return 0;
  const edits = damerauLevenshteinDistance(a.compact, b.compact);
  return edits > WHOLE_NAME_EDIT_LIMIT ? 0 : 1 - edits / (a.weight > b.weight ? a.weight : b.weight);
}

/**
 * How alike two prepared names are, in [0, 1]: the higher of the whole-name score (one slip
 * anywhere, spacing included) and the word-set score (word order, dropped words, misspelt or
 * transliterated words).
 */
export function preparedNameSimilarity(first: PreparedName, second: PreparedName): number {
  if (first.weight === 0 || second.weight === 0) return 0;
  if (first.compact === second.compact) return 1;
  // A fixed argument order makes the score exactly symmetric (greedy pairing and Jaro's matching scan depend on order).
  const [a, b] = first.compact < second.compact ? [first, second] : [second, first];
  const wordScore = wordSetSimilarity(a.words, b.words);
  const wholeScore = wholeNameSimilarity(a, b);
  return wordScore > wholeScore ? wordScore : wholeScore;
}

/** How alike two names are, in [0, 1], after normalizing both (see normalizeName); 1 for the same name. */
export function nameSimilarity(a: string, b: string): number {
  return preparedNameSimilarity(prepareName(a), prepareName(b));
}
