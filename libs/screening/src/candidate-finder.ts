import { equivalentWord } from './name-normalizer';
import type { PreparedName } from './prepared-name';
import { type WordMatch, WordVocabulary } from './word-vocabulary';

/** A listed word a part of the screened name matches, and what it adds to the word-set score's numerator. */
interface CreditedWord {
  readonly id: number;
  readonly credit: number;
}

/** Part of the screened name looked up in the listed words: a word, two words run together, or half of a word. */
interface QueryPart {
  /** Characters of the screened name the part stands for. */
  readonly weight: number;
  /** Best credit first, so the first match met for a listed name is its best. */
  readonly matches: readonly CreditedWord[];
  /** Longest listed word matched: bounds how much a match can add to a listed name's length. */
  readonly longestMatch: number;
  /** Listed names holding a matched word: the cost of walking the part's postings. */
  readonly reach: number;
}

/** Split halves shorter than this would find listed words by coincidence ("hu" + "awei"). */
const MIN_SPLIT_LENGTH = 2;
/**
 * A misspelled word may match a listed word beyond the look-up's edit budget, or one too short to
 * look up fuzzily ("Dta"/"Data"), where only the whole-name score sees it. The bound credits the
 * longest unknown word as if it matched a listed word this much longer.
 */
const UNKNOWN_WORD_SLACK = 2;

/**
 * Finds the listed names a screened name could reach the threshold against, without scoring them.
 *
 * Each word of the screened name is looked up in the listed words, exactly or within one or two
 * edits (so are adjacent words run together, and splits of an unknown word into two listed words,
 * for "Hua Wei"/"Huawei"). A listed name is credited, per part, what its best matching word could
 * add to the word-set score; credit over both names' length bounds that score from above, so a name
 * below the threshold is dropped unscored. Rare words are walked first; the postings of common words
 * ("technology", "trading") are only consulted for names already found, when names holding nothing
 * but common words could not reach the threshold anyway (prefix filtering).
 */
export class CandidateFinder {
  private readonly vocabulary = new WordVocabulary();
  private readonly postings: Int32Array[];
  private readonly wordsOfName: Int32Array[] = [];
  private readonly weightOfName: Int32Array;

  // Scratch space for one screening, reused so a query allocates nothing per listed name.
  private readonly credit: Float64Array;
  private readonly lastPart: Int32Array;
  private readonly lastQuery: Int32Array;
  private partCounter = 0;
  private queryCounter = 0;

  constructor(names: readonly PreparedName[]) {
    const namesOfWord: number[][] = [];
    names.forEach((name, nameId) => {
      const wordIds = [...new Set(name.words)].map((word) => this.vocabulary.add(word));
      this.wordsOfName.push(Int32Array.from(wordIds));
      for (const wordId of wordIds) (namesOfWord[wordId] ??= []).push(nameId);
    });
    this.vocabulary.precomputeNeighbours();
    this.postings = namesOfWord.map((nameIds) => Int32Array.from(nameIds));
    this.weightOfName = Int32Array.from(names, (name) => name.weight);
    this.credit = new Float64Array(names.length);
    this.lastPart = new Int32Array(names.length);
    this.lastQuery = new Int32Array(names.length);
  }

  /** Ids of the listed names whose score against `query` may reach `threshold`. */
  candidates(query: PreparedName, threshold: number): number[] {
    const { words, weight } = query;
    const unknownWords = words.filter((word) => this.vocabulary.idOf(word) === undefined);
    const slack = unknownWords.reduce((most, word) => Math.max(most, 2 * word.length + UNKNOWN_WORD_SLACK), 0);

    const singles = words.map((word) => this.part(word.length, this.vocabulary.similarWords(word))).sort((a, b) => a.reach - b.reach);
    const common = this.commonTail(singles, weight, slack, threshold);
    const walked = [...singles.slice(0, singles.length - common.length), ...this.spacingParts(words, unknownWords)];

    this.queryCounter += 1;
    const found: number[] = [];
    for (const part of walked) this.walk(part, found);
    if (common.length > 0) this.creditCommonWords(common, found);
    return found.filter((nameId) => (this.credit[nameId] + slack) / (weight + this.weightOfName[nameId]) >= threshold);
  }

  private part(weight: number, matches: readonly WordMatch[]): QueryPart {
    const credited = matches
      .map((match) => ({ id: match.id, credit: match.similarity * (weight + match.word.length) }))
      .sort((a, b) => b.credit - a.credit);
    return {
      weight,
      matches: credited,
      longestMatch: matches.reduce((longest, match) => Math.max(longest, match.word.length), 0),
      reach: credited.reduce((total, match) => total + this.postings[match.id].length, 0),
    };
  }

  /** Parts for spacing differences: adjacent words run together, and unknown words split into two listed words. */
  private spacingParts(words: readonly string[], unknownWords: readonly string[]): QueryPart[] {
    const parts: QueryPart[] = [];
    for (let i = 0; i + 1 < words.length; i += 1) {
      const joined = words[i] + words[i + 1];
      parts.push(this.part(joined.length, this.vocabulary.similarWords(joined)));
    }
    for (const word of unknownWords) {
      for (let cut = MIN_SPLIT_LENGTH; cut <= word.length - MIN_SPLIT_LENGTH; cut += 1) {
        const head = this.exactPart(word.slice(0, cut));
        const tail = this.exactPart(word.slice(cut));
        if (head && tail) parts.push(head, tail);
      }
    }
    return parts;
  }

  private exactPart(text: string): QueryPart | undefined {
    const word = equivalentWord(text);
    const id = this.vocabulary.idOf(word);
    return id === undefined ? undefined : this.part(text.length, [{ id, word, similarity: 1 }]);
  }

  /**
   * The longest run of the most common single-word parts that cannot, on their own, lift a listed
   * name to the threshold. A name matching only these has credit at most (their weight + the
   * slack + X) over (query weight + X), X being the listed words' length; that grows with X, so its
   * largest value is at X = 0 or X = the longest words those parts match.
   */
  private commonTail(singles: readonly QueryPart[], queryWeight: number, slack: number, threshold: number): QueryPart[] {
    let partWeight = slack;
    let listedWeight = 0;
    let start = singles.length;
    while (start > 0) {
      const part = singles[start - 1];
      const weight = partWeight + part.weight;
      const listed = listedWeight + part.longestMatch;
      const bound = Math.max(weight / queryWeight, (weight + listed) / (queryWeight + listed));
      if (bound >= threshold) break;
      partWeight = weight;
      listedWeight = listed;
      start -= 1;
    }
    return singles.slice(start);
  }

  /** Credits every listed name holding a word of the part (once per part: its best word) and records names met first. */
  private walk(part: QueryPart, found: number[]): void {
    this.partCounter += 1;
    for (const match of part.matches) {
      for (const nameId of this.postings[match.id]) {
        if (this.lastPart[nameId] === this.partCounter) continue;
        this.lastPart[nameId] = this.partCounter;
        if (this.lastQuery[nameId] !== this.queryCounter) {
          this.lastQuery[nameId] = this.queryCounter;
          this.credit[nameId] = 0;
          found.push(nameId);
        }
        this.credit[nameId] += match.credit;
      }
    }
  }

  /** Credits common parts to names already found, by looking at each name's few words instead of the long postings. */
  private creditCommonWords(common: readonly QueryPart[], found: readonly number[]): void {
    const creditByWord = common.map((part) => new Map(part.matches.map((match) => [match.id, match.credit])));
    for (const nameId of found) {
      const wordIds = this.wordsOfName[nameId];
      for (const credits of creditByWord) {
        let best = 0;
        for (const wordId of wordIds) best = Math.max(best, credits.get(wordId) ?? 0);
        this.credit[nameId] += best;
      }
    }
  }
}
