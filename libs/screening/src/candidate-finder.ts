import { equivalentWord } from './name-normalizer';
import { WHOLE_NAME_EDIT_LIMIT, wordEditBudget } from './similarity';
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
  /** A word of the screened name, rather than a spacing variant of it. */
  readonly single: boolean;
}

/** What a listed name's credit must reach for the screened name. */
interface Bar {
  readonly queryWeight: number;
  readonly threshold: number;
  readonly oneEditSlack: number;
}

/** Part numbers restart below the Int32 limit (after some hundred million screenings). */
const PART_COUNTER_LIMIT = 2 ** 31 - 1_000_000;
/** Split halves shorter than this would find listed words by coincidence ("hu" + "awei"). */
const MIN_SPLIT_LENGTH = 2;
/** Words walked when the one-edit route is open: a one-edit match differs in one word, so it holds one of any two. */
const MIN_WALKED_PARTS = 2;

/**
 * Finds the listed names a screened name could reach the threshold against, without scoring them.
 *
 * Word-set route: each word of the screened name is looked up in the listed words, exactly or
 * within its edit budget (the same budget wordSimilarity applies, so no accepted pair is missed).
 * A listed name is credited, per word, what its best matching word could add to the word-set
 * score; credit over both names' length bounds that score from above, so names below the
 * threshold are dropped unscored. Rare words are walked first; the long postings of common words
 * ("technology", "trading") are only consulted for names already found, when names holding nothing
 * but common words could not reach the threshold anyway (prefix filtering).
 *
 * Whole-name route (one edit anywhere): the listed name has the same length give or take one and
 * shares every word but one, or differs only in spacing, which the parts for adjacent words run
 * together and for words split in two find.
 */
export class CandidateFinder {
  private readonly vocabulary = new WordVocabulary();
  private readonly postings: Int32Array[];
  /** Word ids of every listed name, back to back; name n's are wordIds[wordStart[n] .. wordStart[n + 1]). */
  private readonly wordIds: Int32Array;
  private readonly wordStart: Int32Array;
  private readonly weightOfName: Int32Array;

  // Scratch space for one screening, reused so a query allocates nothing per listed name.
  private readonly credit: Float64Array;
  /** The last part that credited each name; parts are numbered across queries, so an older number means "not yet this query". */
  private readonly lastPart: Int32Array;
  /** Per listed word, the credit of the deferred part being applied (zero otherwise). */
  private readonly creditOfWord: Float64Array;
  private partCounter = 0;

  constructor(names: readonly PreparedName[]) {
    const namesOfWord: number[][] = [];
    const wordIds: number[] = [];
    this.wordStart = new Int32Array(names.length + 1);
    names.forEach((name, nameId) => {
      for (const word of new Set(name.words)) {
        const wordId = this.vocabulary.add(word);
        wordIds.push(wordId);
        (namesOfWord[wordId] ??= []).push(nameId);
      }
      this.wordStart[nameId + 1] = wordIds.length;
    });
    this.wordIds = Int32Array.from(wordIds);
    this.vocabulary.precomputeNeighbours();
    this.postings = namesOfWord.map((nameIds) => Int32Array.from(nameIds));
    this.weightOfName = Int32Array.from(names, (name) => name.weight);
    this.credit = new Float64Array(names.length);
    this.lastPart = new Int32Array(names.length);
    this.creditOfWord = new Float64Array(this.vocabulary.size);
  }

  /** Ids of the listed names whose score against `query` may reach `threshold`. */
  candidates(query: PreparedName, threshold: number): number[] {
    const { words, weight } = query;
    // A one-edit match differs from the screened name in one word. Words with an edit budget are
    // found misspelt by the look-up; a short word ("Amr" for "Amir") is not, so credit the longest
    // short word as if it had matched. Spacing changes are credited by the spacing parts.
    const oneEditSlack = words.reduce((most, word) => (wordEditBudget(word) === 0 ? Math.max(most, 2 * word.length + 1) : most), 0);
    const bar: Bar = { queryWeight: weight, threshold, oneEditSlack };

    const singles = words.map((word) => this.part(word.length, this.vocabulary.similarWords(word), true));
    const parts = [...singles, ...this.spacingParts(words)].sort((a, b) => a.reach - b.reach);
    // With a short word the one-edit route needs a listed name found by another word: walk two.
    const walkedCount = this.walkedCount(parts, weight, threshold, oneEditSlack > 0 ? MIN_WALKED_PARTS : 0);

    if (this.partCounter > PART_COUNTER_LIMIT) {
      this.lastPart.fill(0);
      this.partCounter = 0;
    }
    const queryStart = this.partCounter + 1;
    const found: number[] = [];
    for (const part of parts.slice(0, walkedCount)) this.walk(part, queryStart, found);
    const deferred = parts.slice(walkedCount);
    if (deferred.length === 0) return this.reaching(found, bar, 0);
    // Names that could not pass even if every deferred part credited them its best are dropped before looking.
    const hopeful = this.reaching(
      found,
      bar,
      deferred.reduce((total, part) => total + (part.matches[0]?.credit ?? 0), 0),
    );
    this.creditDeferred(deferred, hopeful);
    return this.reaching(hopeful, bar, 0);
  }

  /** The names whose credit, plus `extra`, may lift them over the bar on either route. */
  private reaching(nameIds: readonly number[], { queryWeight, threshold, oneEditSlack }: Bar, extra: number): number[] {
    const { credit, weightOfName } = this;
    const reaching: number[] = [];
    for (let i = 0; i < nameIds.length; i += 1) {
      const nameId = nameIds[i];
      const listedWeight = weightOfName[nameId];
      const total = queryWeight + listedWeight;
      const most = credit[nameId] + extra;
      const wordRoute = most >= threshold * total;
      const lengthGap = listedWeight > queryWeight ? listedWeight - queryWeight : queryWeight - listedWeight;
      const oneEditRoute = oneEditSlack > 0 && lengthGap <= WHOLE_NAME_EDIT_LIMIT && most + oneEditSlack >= threshold * total;
      if (wordRoute || oneEditRoute) reaching.push(nameId);
    }
    return reaching;
  }

  private part(weight: number, matches: readonly WordMatch[], single: boolean): QueryPart {
    const credited = matches.map((match) => ({ id: match.id, credit: match.similarity * (weight + match.word.length) })).sort((a, b) => b.credit - a.credit);
    return {
      weight,
      single,
      matches: credited,
      longestMatch: matches.reduce((longest, match) => Math.max(longest, match.word.length), 0),
      reach: credited.reduce((total, match) => total + this.postings[match.id].length, 0),
    };
  }

  /**
   * Parts for spacing differences, looked up exactly (a spacing change already is the one edit the
   * whole-name score allows): adjacent words run together, and words split into two listed words.
   */
  private spacingParts(words: readonly string[]): QueryPart[] {
    const parts: QueryPart[] = [];
    for (let i = 0; i + 1 < words.length; i += 1) {
      const joined = this.exactPart(words[i] + words[i + 1]);
      if (joined) parts.push(joined);
    }
    // Known words too: "MooreThreads" is itself an alias, and also "Moore Threads" run together.
    for (const word of words) {
      for (let cut = MIN_SPLIT_LENGTH; cut <= word.length - MIN_SPLIT_LENGTH; cut += 1) {
        const head = this.exactPart(word.slice(0, cut));
        const tail = head && this.exactPart(word.slice(cut));
        if (head && tail) parts.push(head, tail);
      }
    }
    return parts;
  }

  private exactPart(text: string): QueryPart | undefined {
    const word = equivalentWord(text);
    const id = this.vocabulary.idOf(word);
    return id === undefined ? undefined : this.part(text.length, [{ id, word, similarity: 1 }], false);
  }

  /**
   * How many of the parts (rarest first) to walk: at least `minSingles` words, and then until the
   * parts left cannot, on their own, lift a listed name to the threshold. A name matching only
   * those has credit at most (their weight + X) over (query weight + X), X being the listed words'
   * length; that grows with X, so its largest value is at X = 0 or X = the longest words they match.
   */
  private walkedCount(parts: readonly QueryPart[], queryWeight: number, threshold: number, minSingles: number): number {
    const singlesNeeded = Math.min(minSingles, parts.filter((part) => part.single).length);
    const restWeight: number[] = new Array<number>(parts.length + 1).fill(0);
    const restListed: number[] = new Array<number>(parts.length + 1).fill(0);
    for (let i = parts.length - 1; i >= 0; i -= 1) {
      const useful = parts[i].matches.length > 0;
      restWeight[i] = restWeight[i + 1] + (useful ? parts[i].weight : 0);
      restListed[i] = restListed[i + 1] + parts[i].longestMatch;
    }
    let singlesWalked = 0;
    for (let i = 0; i < parts.length; i += 1) {
      const bound = Math.max(restWeight[i] / queryWeight, (restWeight[i] + restListed[i]) / (queryWeight + restListed[i]));
      if (singlesWalked >= singlesNeeded && bound < threshold) return i;
      if (parts[i].single) singlesWalked += 1;
    }
    return parts.length;
  }

  /** Credits every listed name holding a word of the part (once per part: its best word) and records names met first. */
  private walk(part: QueryPart, queryStart: number, found: number[]): void {
    const { credit, lastPart, postings } = this;
    const partNumber = (this.partCounter += 1);
    for (const match of part.matches) {
      const nameIds = postings[match.id];
      for (let i = 0; i < nameIds.length; i += 1) {
        const nameId = nameIds[i];
        const last = lastPart[nameId];
        if (last === partNumber) continue;
        lastPart[nameId] = partNumber;
        if (last < queryStart) {
          credit[nameId] = match.credit;
          found.push(nameId);
        } else credit[nameId] += match.credit;
      }
    }
  }

  /** Credits deferred parts to names already found, by looking at each name's few words instead of the long postings. */
  private creditDeferred(deferred: readonly QueryPart[], found: readonly number[]): void {
    const { credit, creditOfWord, wordIds, wordStart } = this;
    for (const part of deferred) {
      for (const match of part.matches) creditOfWord[match.id] = match.credit;
      for (let i = 0; i < found.length; i += 1) {
        const nameId = found[i];
        let best = 0;
        for (let j = wordStart[nameId], end = wordStart[nameId + 1]; j < end; j += 1) {
          const wordCredit = creditOfWord[wordIds[j]];
          if (wordCredit > best) best = wordCredit;
        }
        credit[nameId] += best;
      }
      for (const match of part.matches) creditOfWord[match.id] = 0;
    }
  }
}
