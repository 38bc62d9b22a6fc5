import type { RestrictedParty } from '@tiergate/policy';
import { SeededRandom } from '@tiergate/policy/sample-parties';
import { innocentNames } from './innocent-names';
import type { LabelledQuery } from './labelled-query';
import { respelledQuery } from './respellings';
import { companyEntries, subsidiaryQuery } from './subsidiary-variants';

export type { InnocentKind, LabelledQuery, VariantKind } from './labelled-query';

export interface LabelledVariantOptions {
  /** Respellings of listed names. */
  positives: number;
  /** Subsidiary-style and spaced-out names of listed companies, on top of `positives` (none unless asked). */
  subsidiaries?: number;
  negatives: number;
  seed?: number;
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.integer(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * A labelled evaluation set for screening `entries`: `positives` respellings of listed names and
 * `subsidiaries` subsidiary-style names of listed companies, each labelled with the entry it must
 * match, and `negatives` innocent names labelled as no match.
 * Deterministic for a given (entries, options); the order is shuffled so positives and negatives mix.
 */
export function labelledVariants(entries: readonly RestrictedParty[], options: LabelledVariantOptions): LabelledQuery[] {
  const random = new SeededRandom(options.seed ?? 1);
  if (entries.length === 0 && options.positives > 0) throw new Error('positives need at least one list entry');
  const order = shuffled(
    entries.map((_, index) => index),
    random,
  );
  const respelled = Array.from({ length: options.positives }, (_, n) => respelledQuery(entries[order[n % order.length]], random));
  const subsidiaries: LabelledQuery[] = [];
  if ((options.subsidiaries ?? 0) > 0) {
    const companies = shuffled(companyEntries(entries), random);
    if (companies.length === 0) throw new Error('subsidiaries need at least one listed company');
    for (let n = 0; n < (options.subsidiaries ?? 0); n += 1) subsidiaries.push(subsidiaryQuery(companies[n % companies.length], random));
  }
  const positives = [...respelled, ...subsidiaries];
  const negatives = innocentNames(entries, options.negatives, random, new Set(positives.map((positive) => positive.query)));
  return shuffled([...positives, ...negatives], random);
}
