import { prepareName, type PreparedName } from './prepared-name';
import { damerauLevenshteinSimilarity, jaroWinkler } from './string-distance';

/**
 * Below this two words count as different, not as a misspelling: unrelated words of similar length
 * often reach 0.6–0.7 Jaro–Winkler, and partial credit for them would add up across a long name.
 */
export const WORD_MATCH_FLOOR = 0.8;
/** Words this short differ in meaning by one letter ("Kim"/"Kin", "Ho"/"He"); they must match exactly. */
export const MIN_FUZZY_WORD_LENGTH = 4;

/** How alike two words are: Jaro–Winkler, as OFAC scores name parts, or 0 below the floor. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < MIN_FUZZY_WORD_LENGTH || b.length < MIN_FUZZY_WORD_LENGTH) return 0;
  const similarity = jaroWinkler(a, b);
  return similarity >= WORD_MATCH_FLOOR ? similarity : 0;
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

  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  let credit = 0;
  for (const pair of pairs) {
    if (usedLeft.has(pair.left) || usedRight.has(pair.right)) continue;
    usedLeft.add(pair.left);
    usedRight.add(pair.right);
    credit += pair.credit;
  }
  return credit / totalWeight;
}

/**
 * How alike two prepared names are, in [0, 1]: the higher of the whole-name score (Damerau–
 * Levenshtein over the words run together: typos, and spacing such as "Hua Wei"/"Huawei") and the
 * word-set score (Jaro–Winkler per word: word order, dropped words, transliterated words).
 */
export function preparedNameSimilarity(first: PreparedName, second: PreparedName): number {
  if (first.weight === 0 || second.weight === 0) return 0;
  if (first.compact === second.compact) return 1;
  // A fixed argument order makes the score exactly symmetric (greedy pairing and Jaro's matching scan depend on order).
  const [a, b] = first.compact < second.compact ? [first, second] : [second, first];
  const wordScore = wordSetSimilarity(a.words, b.words);
  // The whole-name score cannot beat 1 - (length difference / longer length); skip the quadratic work when that is not enough.
  const longer = Math.max(a.weight, b.weight);
  if (1 - Math.abs(a.weight - b.weight) / longer <= wordScore) return wordScore;
  return Math.max(wordScore, damerauLevenshteinSimilarity(a.compact, b.compact));
}

/** How alike two names are, in [0, 1], after normalizing both (see normalizeName); 1 for the same name. */
export function nameSimilarity(a: string, b: string): number {
  return preparedNameSimilarity(prepareName(a), prepareName(b));
}
