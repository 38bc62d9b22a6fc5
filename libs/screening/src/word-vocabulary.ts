import { singularOf, wordEditBudget, wordSimilarity } from './similarity';

/** A listed word that resembles a word being looked up. */
export interface WordMatch {
  readonly id: number;
  readonly word: string;
  readonly similarity: number;
}

/**
 * The keys a word is filed (and looked up) under: the word with up to `depth` characters deleted,
 * in every way (a symmetric-deletion index), and its singular, so "technology" and "technologies",
 * three edits apart, still meet.
 */
function keysOf(word: string, depth: number): Set<string> {
  const keys = deletions(word, depth, new Set());
  keys.add(singularOf(word));
  return keys;
}

/** The word with up to `depth` characters deleted, in every way. */
function deletions(word: string, depth: number, into: Set<string>): Set<string> {
  into.add(word);
  if (depth === 0 || word.length <= 1) return into;
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) deletions(shorter, depth - 1, into);
  }
  return into;
}

/**
 * Every distinct word of the indexed names, with a symmetric-deletion index (as SymSpell does) so
 * the listed words within one or two edits of a query word are found by a few hash lookups, not by
 * comparing against all of them. Two words within k edits always share a key of at most k
 * deletions each, and each word is given its own edit budget, so every pair wordSimilarity accepts
 * is found; the candidates are then confirmed with wordSimilarity itself.
 */
export class WordVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly byDeletion = new Map<string, number[]>();
  /** Each listed word's own similar words, worked out once: most screened words are listed words. */
  private readonly neighbours: WordMatch[][] = [];

  get size(): number {
    return this.words.length;
  }

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    // A new word may be a neighbour of words already looked up.
    this.neighbours.length = 0;
    this.words.push(word);
    this.ids.set(word, id);
    for (const key of keysOf(word, wordEditBudget(word))) {
      const holders = this.byDeletion.get(key);
      if (holders) holders.push(id);
      else this.byDeletion.set(key, [id]);
    }
    return id;
  }

  /** Listed words that match `word` exactly or as a misspelling, best first. */
  similarWords(word: string): readonly WordMatch[] {
    const id = this.ids.get(word);
    if (id === undefined) return this.lookUp(word);
    return (this.neighbours[id] ??= this.lookUp(word));
  }

  /** Works out every listed word's similar words now, so screening never pays for it. */
  precomputeNeighbours(): void {
    for (let id = 0; id < this.words.length; id += 1) this.neighbours[id] ??= this.lookUp(this.words[id]);
  }

  private lookUp(word: string): WordMatch[] {
    const candidates = new Set<number>();
    for (const key of keysOf(word, wordEditBudget(word))) {
      const holders = this.byDeletion.get(key);
      if (holders) for (const id of holders) candidates.add(id);
    }
    const matches: WordMatch[] = [];
    for (const id of candidates) {
      const similarity = wordSimilarity(word, this.words[id]);
      if (similarity > 0) matches.push({ id, word: this.words[id], similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }
}
