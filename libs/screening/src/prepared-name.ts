import { normalizeName } from './name-normalizer';

/** A normalized name in the shape scoring needs, computed once per listed name rather than once per comparison. */
export interface PreparedName {
  /** Identifying words in their original order. */
  readonly words: readonly string[];
  /** The words run together, so "Hua Wei" and "Huawei" compare as one spelling. */
  readonly compact: string;
  /** Characters in the words: what token scores are weighted by. */
  readonly weight: number;
}

export function prepareName(name: string): PreparedName {
  const { normalized } = normalizeName(name);
  const words = normalized === '' ? [] : normalized.split(' ');
  const compact = words.join('');
  return { words, compact, weight: compact.length };
}
