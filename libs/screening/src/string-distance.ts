/**
 * The two string measures public screening tools use: Jaro–Winkler (OFAC's search) and
 * Damerau–Levenshtein (the Consolidated Screening List's fuzzy search). Both compare UTF-16 code
 * units, which is exact for every script the lists use (CJK lists stay in the BMP).
 *
 * Screening calls these millions of times, so they reuse scratch buffers instead of allocating,
 * and avoid Math.min/max: each is a global look-up, which is slow where code runs in a vm context
 * (as under Jest).
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);
let rowBeforePrevious = new Int32Array(64);

function zeroedFlags(buffer: Uint8Array<ArrayBuffer>, length: number): Uint8Array<ArrayBuffer> {
  const sized = buffer.length >= length ? buffer : new Uint8Array(length * 2);
  sized.fill(0, 0, length);
  return sized;
}

/** Jaro similarity in [0, 1]: shared characters within a window, penalised for transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) return 0;
  const halfLonger = (lengthA > lengthB ? lengthA : lengthB) >> 1;
  const window = halfLonger > 0 ? halfLonger - 1 : 0;
  flagsA = zeroedFlags(flagsA, lengthA);
  flagsB = zeroedFlags(flagsB, lengthB);

  let matches = 0;
  for (let i = 0; i < lengthA; i += 1) {
    const code = a.charCodeAt(i);
    const from = i > window ? i - window : 0;
    const to = i + window < lengthB ? i + window : lengthB - 1;
    for (let j = from; j <= to; j += 1) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === code) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;

  let halfTranspositions = 0;
  for (let i = 0, j = 0; i < lengthA; i += 1) {
    if (flagsA[i] === 0) continue;
    while (flagsB[j] === 0) j += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions += 1;
    j += 1;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / lengthA + matches / lengthB + (matches - transpositions) / matches) / 3;
}

const WINKLER_PREFIX_SCALE = 0.1;
const WINKLER_MAX_PREFIX = 4;
/** Winkler's boost only applies to pairs that are already alike; below this it would reward chance. */
const WINKLER_BOOST_THRESHOLD = 0.7;

/** Jaro–Winkler similarity in [0, 1]: Jaro, raised for a shared prefix of up to four characters. */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  if (similarity < WINKLER_BOOST_THRESHOLD) return similarity;
  const shorter = a.length < b.length ? a.length : b.length;
  const limit = shorter < WINKLER_MAX_PREFIX ? shorter : WINKLER_MAX_PREFIX;
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return similarity + prefix * WINKLER_PREFIX_SCALE * (1 - similarity);
}

function sizedRow(row: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  return row.length >= length ? row : new Int32Array(length * 2);
}

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of adjacent characters, each costing one. (OSA does not edit a
 * substring twice, which never matters for the one- or two-typo names screening is about.)
 */
export function damerauLevenshteinDistance(a: string, b: string): number {
  if (a === b) return 0;
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0) return lengthB;
  if (lengthB === 0) return lengthA;
  previousRow = sizedRow(previousRow, lengthB + 1);
  currentRow = sizedRow(currentRow, lengthB + 1);
  rowBeforePrevious = sizedRow(rowBeforePrevious, lengthB + 1);
  for (let j = 0; j <= lengthB; j += 1) previousRow[j] = j;

  for (let i = 1; i <= lengthA; i += 1) {
    const codeA = a.charCodeAt(i - 1);
    currentRow[0] = i;
    for (let j = 1; j <= lengthB; j += 1) {
      const codeB = b.charCodeAt(j - 1);
      let best = previousRow[j - 1] + (codeA === codeB ? 0 : 1);
      const deletion = previousRow[j] + 1;
      const insertion = currentRow[j - 1] + 1;
      if (deletion < best) best = deletion;
      if (insertion < best) best = insertion;
      if (i > 1 && j > 1 && codeA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === codeB) {
        const transposition = rowBeforePrevious[j - 2] + 1;
        if (transposition < best) best = transposition;
      }
      currentRow[j] = best;
    }
    const recycled = rowBeforePrevious;
    rowBeforePrevious = previousRow;
    previousRow = currentRow;
    currentRow = recycled;
  }
  return previousRow[lengthB];
}

/** Damerau–Levenshtein as a similarity in [0, 1]: the share of the longer string left unedited. */
export function damerauLevenshteinSimilarity(a: string, b: string): number {
  const longer = a.length > b.length ? a.length : b.length;
  if (longer === 0) return 1;
  return 1 - damerauLevenshteinDistance(a, b) / longer;
}
