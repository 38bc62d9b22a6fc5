import type { PreparedName } from './prepared-name';
import { isPlaceQualifier, isSubsidiaryQualifier } from './subsidiary-qualifiers';

/**
 * A subsidiary scores this share of what its parent's name scores: "Huawei Technologies
 * Deutschland" is Huawei's, but not Huawei itself, so an entry listed under the very name screened
 * ranks above the parent. With the reference threshold (0.88) a parent's name must then score 0.93.
 */
export const SUBSIDIARY_SCORE_FACTOR = 0.95;

/** Parents' names this short are initials that many firms share. */
const MIN_PARENT_WEIGHT = 4;

function prepared(words: readonly string[]): PreparedName {
  const compact = words.join('');
  return { words, compact, weight: compact.length };
}

/** A parent's name says who the party is: a word that is no qualifier, or a business name of two words or more that is more than places. */
function identifiesAParty(words: readonly string[], contiguousPrefix: boolean): boolean {
  if (words.some((word) => !isSubsidiaryQualifier(word))) return true;
  return contiguousPrefix && words.length >= 2 && words.some((word) => !isPlaceQualifier(word));
}

/** Index ranges [start, end) of the runs of qualifiers in words[0, length), first word excluded. */
function qualifierRuns(qualifier: readonly boolean[], length: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 1; i < length; i += 1) {
    if (!qualifier[i]) continue;
    const start = i;
    while (i < length && qualifier[i]) i += 1;
    runs.push([start, i]);
  }
  return runs;
}

/**
 * The names of the parent a screened name may be a subsidiary of, when it reads as a name with
 * country, region, business-line or legal-form words after it or inserted into it: "huawei
 * technologies deutschland" → "huawei technologies", "huawei"; "huawei cloud computing
 * technologies" → "huawei technologies", "huawei". Candidates are the name with its trailing
 * qualifiers cut, and each of those with one run of qualifiers (or its first words), or all of
 * them, left out.
 * The first word always stays (subsidiaries start with their parent's name), and each candidate
 * is cut from the screened name's own words, so an innocent brand ("Bluepeak Technologies
 * Deutschland") leaves an innocent parent ("Bluepeak").
 */
export function parentNamesOf(query: PreparedName): PreparedName[] {
  const { words } = query;
  const qualifier = words.map((word, index) => index > 0 && isSubsidiaryQualifier(word));
  if (!qualifier.includes(true)) return [];
  const seen = new Set([words.join(' ')]);
  const parents: PreparedName[] = [];
  const add = (candidate: readonly string[], contiguousPrefix: boolean) => {
    const key = candidate.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    const parent = prepared(candidate);
    if (parent.weight >= MIN_PARENT_WEIGHT && identifiesAParty(candidate, contiguousPrefix)) parents.push(parent);
  };
  for (let end = words.length; end >= 1; end -= 1) {
    if (end < words.length && !qualifier[end]) break;
    const prefix = words.slice(0, end);
    if (end < words.length) add(prefix, true);
    const runs = qualifierRuns(qualifier, end);
    // A run left out whole, or its first words only: "huawei [cloud computing] technologies".
    for (const [start, stop] of runs) for (let cut = start + 1; cut <= stop; cut += 1) add([...prefix.slice(0, start), ...prefix.slice(cut)], false);
    if (runs.length > 1)
      add(
        prefix.filter((_, index) => !qualifier[index]),
        false,
      );
  }
  return parents;
}
