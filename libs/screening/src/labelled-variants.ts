import type { RestrictedParty } from '@tiergate/policy';
import { innocentNames } from './innocent-names';
import type { LabelledQuery } from './labelled-query';
import { respelledQuery } from './respellings';
import { SeededRandom } from '@tiergate/policy';

export type { InnocentKind, LabelledQuery, VariantKind } from './labelled-query';

export interface LabelledVariantOptions {
  positives: number;
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
 * A labelled evaluation set for screening `entries`: `positives` respellings of listed names, each
 * labelled with the entry it must match, and `negatives` innocent names labelled as no match.
 * Deterministic for a given (entries, options); the order is shuffled so positives and negatives mix.
 */
export function labelledVariants(entries: readonly RestrictedParty[], options: LabelledVariantOptions): LabelledQuery[] {
  const random = new SeededRandom(options.seed ?? 1);
  if (entries.length === 0 && options.positives > 0) throw new Error('positives need at least one list entry');
  const order = shuffled(entries.map((_, index) => index), random);
  const positives = Array.from({ length: options.positives }, (_, n) => respelledQuery(entries[order[n % order.length]], random));
  const negatives = innocentNames(entries, options.negatives, random, new Set(positives.map((positive) => positive.query)));
  return shuffled([...positives, ...negatives], random);
}
