import { CJK_GROUP_SUFFIXES, CJK_LEGAL_PREFIXES, CJK_LEGAL_SUFFIXES, CONNECTING_WORDS, EQUIVALENT_WORDS, GENERIC_DESIGNATIONS, LEADING_LEGAL_FORMS, LEGAL_FORMS } from './name-vocabulary';

/** A name reduced to the words that identify the party. */
export interface NormalizedName {
  /** The identifying words in their original order, folded: "Huawei Technologies Co., Ltd." → "huawei technologies". */
  normalized: string;
  /** The same words sorted, so "Technologies Huawei" and "Huawei Technologies" have the same tokens. */
  tokens: string[];
}

/** Letters NFKD leaves whole, spelled the way ASCII-only lists print them. */
const UNDECOMPOSED_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['þ', 'th'],
  ['Þ', 'th'],
  ['ð', 'd'],
  ['Ð', 'd'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'h'],
]);
const UNDECOMPOSED_LETTER = /[ßẞæÆœŒøØđĐłŁþÞðÐıħĦ]/g;
/**
 * Accents and Arabic vowel marks, which lists print or leave out at will. Only these blocks: the
 * vowel signs of Indic scripts are also marks, but they are letters of the word.
 */
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Dropped without a gap: "Xi'an" is the city lists also spell "Xian", "People's" is one word. */
const APOSTROPHES = /['\u2018\u2019\u02bb\u02bc`\u00b4]/g;
/** "L.L.C.", "S.A.", "A.Ş.": initials joined, so they read as the form they abbreviate. "A. S. Sokolov" keeps its gaps. */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;
const CJK_CLASS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}';
/**
 * A word is a run of letters and digits; CJK runs are words of their own, so "智谱AI" is "智谱" and
 * "ai". Everything else (punctuation, brackets, dashes) separates words.
 */
const WORD = new RegExp(`(?:(?=[${CJK_CLASS}])[\\p{L}\\p{M}])+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');
const CJK_WORD = new RegExp(`^[${CJK_CLASS}]`, 'u');
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

const EQUIVALENTS: ReadonlyMap<string, string> = new Map(Object.entries(EQUIVALENT_WORDS));
/**
 * Leading forms that are also syllables of names (pinyin "Ao", Indonesian-looking "Pt"): cut only
 * when the name writes them in capitals ("AO Kvant", not "Ao Tian Trading").
 */
const AMBIGUOUS_LEADING_FORMS: ReadonlySet<string> = new Set(['ao', 'pt', 'ао']);
const LEADING_CAPITALS = /^[^\p{L}\p{N}]*(\p{Lu}+)(?![\p{L}\p{N}])/u;

/** A word with business abbreviations spelled out ("intl" → "international"); other words unchanged. */
export function equivalentWord(word: string): string {
  return EQUIVALENTS.get(word) ?? word;
}

/** Accents, case, punctuation and business abbreviations folded away; words in their original order. */
function foldedWords(name: string): string[] {
  // Most listed and screened names are plain ASCII; they skip the Unicode passes, which dominate building an index.
  const ascii = PRINTABLE_ASCII.test(name);
  const letters = ascii
    ? name.toLowerCase()
    : name
        .normalize('NFKD')
        .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED_LETTERS.get(letter) ?? letter)
        .replace(DIACRITICS, '')
        // Recompose what NFKD split but is not an accent: Hangul syllables, kana with voicing marks.
        .normalize('NFC')
        .toLowerCase();
  const folded = letters
    .replace(DOTTED_INITIALS, (initials) => initials.replace(/\./g, ''))
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ');
  return joinSpacedLetters(folded.match(ascii ? ASCII_WORD : WORD) ?? []).map(equivalentWord);
}

/** Shortest run of one-letter words read as one spaced-out word: "A. S. Sokolov" keeps its two initials. */
const MIN_SPACED_LETTERS = 3;
const SINGLE_LETTER = /^\p{L}$/u;

/**
 * "H u a w e i" → "huawei", "S M I C" → "smic", "华 为 技 术" → "华为技术": letters written apart,
 * as letterheads and evasive paperwork space them, are one word. Listed names pass through here
 * too, so a listed acronym written with gaps still meets its screened spelling.
 */
function joinSpacedLetters(words: string[]): string[] {
  let joined: string[] | undefined;
  for (let start = 0; start < words.length;) {
    let end = start;
    while (end < words.length && SINGLE_LETTER.test(words[end])) end += 1;
    if (end - start >= MIN_SPACED_LETTERS) {
      joined ??= words.slice(0, start);
      joined.push(words.slice(start, end).join(''));
    } else if (joined) {
      for (let i = start; i < Math.max(end, start + 1); i += 1) joined.push(words[i]);
    }
    start = Math.max(end, start + 1);
  }
  return joined ?? words;
}

type Phrase = readonly string[];

/** Phrases indexed by the word at the end they are matched from, longest first, for a cheap lookup per name. */
function phraseIndex(phrases: readonly string[], anchor: 'first' | 'last'): ReadonlyMap<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const words = foldedWords(phrase).filter((word) => !CONNECTORS.has(word));
    if (words.length === 0) continue;
    const key = anchor === 'first' ? words[0] : words[words.length - 1];
    index.set(key, [...(index.get(key) ?? []), words]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const CONNECTORS: ReadonlySet<string> = new Set(CONNECTING_WORDS);
const TRAILING_FORMS = phraseIndex(LEGAL_FORMS, 'last');
const LEADING_FORMS = phraseIndex(LEADING_LEGAL_FORMS, 'first');
const TRAILING_DESIGNATIONS = phraseIndex(GENERIC_DESIGNATIONS, 'last');

/** How many words a phrase from the index covers at the end (or start) of words[start, end), 0 when none does. */
function phraseLengthAt(words: readonly string[], start: number, end: number, index: ReadonlyMap<string, Phrase[]>, side: 'start' | 'end'): number {
  const candidates = index.get(side === 'end' ? words[end - 1] : words[start]);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    if (phrase.length > end - start) continue;
    const offset = side === 'end' ? end - phrase.length : start;
    if (phrase.every((word, i) => words[offset + i] === word)) return phrase.length;
  }
  return 0;
}

/**
 * Cuts legal forms from both ends and structural words ("Group") from the end, until none is
 * left. Never cuts the last word: a name that is only a legal form ("Company") stays as it is.
 */
function withoutLegalForms(words: readonly string[], leadingFormInCapitals: boolean): string[] {
  let start = 0;
  let end = words.length;
  for (let changed = true; changed;) {
    changed = false;
    for (const [index, side] of [
      [TRAILING_FORMS, 'end'],
      [LEADING_FORMS, 'start'],
      [TRAILING_DESIGNATIONS, 'end'],
    ] as const) {
      const length = phraseLengthAt(words, start, end, index, side);
      const ambiguous = side === 'start' && start === 0 && !leadingFormInCapitals && AMBIGUOUS_LEADING_FORMS.has(words[0]);
      if (length > 0 && length < end - start && !ambiguous) {
        if (side === 'end') end -= length;
        else start += length;
        changed = true;
      }
    }
  }
  return words.slice(start, end).map(withoutCjkLegalForm);
}

function cutSuffix(word: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((candidate) => word.length > candidate.length && word.endsWith(candidate));
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** "华为技术有限公司" → "华为技术": Chinese and Japanese write the legal form onto the name. */
function withoutCjkLegalForm(word: string): string {
  if (!CJK_WORD.test(word)) return word;
  const prefix = CJK_LEGAL_PREFIXES.find((candidate) => word.length > candidate.length && word.startsWith(candidate));
  const unprefixed = prefix ? word.slice(prefix.length) : word;
  return cutSuffix(cutSuffix(unprefixed, CJK_LEGAL_SUFFIXES), CJK_GROUP_SUFFIXES);
}

/**
 * Reduces a party's name to the words that identify it, so spellings of one name compare equal:
 * Unicode compatibility forms and accents folded (NFKD), case folded, punctuation read as a gap,
 * "&" read as "and", business abbreviations spelled out, connecting words and legal forms in many
 * languages dropped. Plurals are kept (the word comparison treats them as the same word), so a
 * typo in one is still one edit. Non-Latin scripts are kept, so Chinese or Cyrillic aliases
 * still match names written in that script.
 */
export function normalizeName(name: string): NormalizedName {
  const folded = foldedWords(name);
  const connected = folded.filter((word) => !CONNECTORS.has(word));
  const leadingFormInCapitals = (LEADING_CAPITALS.exec(name)?.[1].length ?? 0) >= 2;
  const words = withoutLegalForms(connected.length > 0 ? connected : folded, leadingFormInCapitals);
  return { normalized: words.join(' '), tokens: [...words].sort() };
}
