import { MIN_FUZZY_WORD_LENGTH, wordSimilarity } from './similarity';

/** A listed word that resembles a word being looked up. */
export interface WordMatch {
  readonly id: number;
  readonly word: string;
  readonly similarity: number;
}

/** Words this long may carry two slips ("Mohammad"/"Muhammad") and still be the same word. */
const TWO_EDIT_WORD_LENGTH = 8;

function editBudget(word: string): number {
  if (word.length < MIN_FUZZY_WORD_LENGTH) return 0;
  return word.length >= TWO_EDIT_WORD_LENGTH ? 2 : 1;
}

/** The word with up to `depth` characters deleted, in every way: the keys of a symmetric-deletion index. */
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
 * comparing against all of them. Two words within k edits always share a key of k deletions each;
 * the candidates are then confirmed with the same word similarity the scorer uses.
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

  wordOf(id: number): string {
    return this.words[id];
  }

  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    // A new word may be a neighbour of words already looked up.
    this.neighbours.length = 0;
    this.words.push(word);
    this.ids.set(word, id);
    for (const key of deletions(word, editBudget(word), new Set())) {
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
    for (const key of deletions(word, editBudget(word), new Set())) {
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
