import type { RestrictedParty } from '@tiergate/policy';
import { CandidateFinder } from './candidate-finder';
import { parentNamesOf, SUBSIDIARY_SCORE_FACTOR } from './parent-names';
import { prepareName, type PreparedName } from './prepared-name';
import { preparedNameSimilarity } from './similarity';

/**
 * The score from which a name is reported as a possible match, chosen on the benchmark's labelled
 * set (bench/screening.bench.ts prints the sweep). It is the lowest score one slip in a 9-letter
 * name gets (1 - 1/9 = 0.889), so single typos in all but very short names are caught; recall there
 * is 99.7% and no innocent name alerts from 0.82 up, while each step down adds other listed entries
 * with near-identical names to every alert (1.8 per alert here, 2.6 at 0.86, 4.7 at 0.82).
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.88;

/** A listed party a screened name may be. */
export interface ScreeningMatch {
  entryId: string;
  /** The entry's primary name. */
  listedName: string;
  /** The spelling that matched: the primary name or one of the aliases. */
  matchedName: string;
  /** Similarity in [0, 1] of the screened name and matchedName. */
  score: number;
  source: string;
  militaryEndUser: boolean;
  country?: string;
}

export interface ScreeningOptions {
  /** Lowest score reported, in (0, 1]. */
  threshold: number;
  /** Most matches returned (best first). Unset returns every match: hiding a possible match is the costlier mistake. */
  limit?: number;
}

/**
 * Screens names against a restricted-party list. Every entry's name and aliases are indexed; a
 * screened name is scored in full (nameSimilarity) only against the listed names the candidate
 * finder cannot rule out, and each entry is reported once, under its best-scoring spelling. A name
 * that reads as a listed name plus country, region, business-line or legal-form words is also
 * scored as the parent it names (parentNamesOf), at SUBSIDIARY_SCORE_FACTOR of the parent's score.
 * Building is the costly step (about 2 s for 20,000 entries); screening reuses scratch space, so
 * one index serves one screening at a time (JavaScript's single thread guarantees that).
 */
export class ScreeningIndex {
  private readonly entries: readonly RestrictedParty[];
  private readonly names: PreparedName[] = [];
  private readonly spellings: string[] = [];
  private readonly entryOfName: number[] = [];
  private readonly finder: CandidateFinder;

  constructor(entries: readonly RestrictedParty[]) {
    this.entries = entries;
    entries.forEach((entry, entryIndex) => {
      const seen = new Set<string>();
      for (const spelling of [entry.name, ...entry.aliases]) {
        const prepared = prepareName(spelling);
        // Spellings of one entry that differ only in case, accents or legal form normalize alike; one is enough.
        const key = prepared.words.join(' ');
        if (prepared.weight === 0 || seen.has(key)) continue;
        seen.add(key);
        this.names.push(prepared);
        this.spellings.push(spelling);
        this.entryOfName.push(entryIndex);
      }
    });
    this.finder = new CandidateFinder(this.names);
  }

  /** Listed spellings indexed (primary names and aliases that normalize differently). */
  get nameCount(): number {
    return this.names.length;
  }

  /** The entries the name may be, best first, one match per entry (its best-scoring spelling). */
  screen(name: string, options: ScreeningOptions): ScreeningMatch[] {
    const { threshold, limit } = options;
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    const query = prepareName(name);
    if (query.weight === 0) return [];

    const best = new Map<number, { nameId: number; score: number }>();
    this.collect(query, threshold, 1, best);
    // A subsidiary ("Huawei Technologies Deutschland GmbH") matches its listed parent, a little below the parent's own score.
    const parentThreshold = threshold / SUBSIDIARY_SCORE_FACTOR;
    if (parentThreshold <= 1) {
      // A one-word parent ("Huawei", "SMIC") is all that names the parent: a slip in it is another name, so it must match exactly.
      for (const parent of parentNamesOf(query)) this.collect(parent, parent.words.length === 1 ? 1 : parentThreshold, SUBSIDIARY_SCORE_FACTOR, best);
    }

    const matches = [...best.entries()].map(([entryIndex, { nameId, score }]) => this.match(entryIndex, nameId, score));
    matches.sort((a, b) => b.score - a.score || a.listedName.localeCompare(b.listedName));
    return limit === undefined ? matches : matches.slice(0, limit);
  }

  /** Scores `name` against the listed names the finder cannot rule out, keeping each entry's best (times `factor`) in `best`. */
  private collect(name: PreparedName, threshold: number, factor: number, best: Map<number, { nameId: number; score: number }>): void {
    for (const nameId of this.finder.candidates(name, threshold)) {
      const similarity = preparedNameSimilarity(name, this.names[nameId]);
      if (similarity < threshold) continue;
      const score = similarity * factor;
      const entryIndex = this.entryOfName[nameId];
      const current = best.get(entryIndex);
      if (!current || score > current.score) best.set(entryIndex, { nameId, score });
    }
  }

  private match(entryIndex: number, nameId: number, score: number): ScreeningMatch {
    const entry = this.entries[entryIndex];
    const match: ScreeningMatch = {
      entryId: entry.id,
      listedName: entry.name,
      matchedName: this.spellings[nameId],
      score,
      source: entry.source,
      militaryEndUser: entry.militaryEndUser,
    };
    if (entry.country !== undefined) match.country = entry.country;
    return match;
  }
}
