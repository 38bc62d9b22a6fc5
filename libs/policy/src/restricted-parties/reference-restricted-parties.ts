import type { RestrictedParty } from '../policy-pack.schema';
import { LISTED_ENTITIES } from './listed-entities';
// Production data on purpose: the reference pack pads its list with invented names from the
// sample-parties data entry point (marked SAMPLE), so screening searches a realistic amount.
import { sampleRestrictedParties } from '../../sample-parties';

export const REFERENCE_SAMPLE_COUNT = 3_000;

let referenceParties: RestrictedParty[] | undefined;

/**
 * The reference pack's restricted parties: the real listed entities, then invented entries so
 * screening has a realistic amount to search. Built on first use and kept: inventing 3,000 entries
 * takes tens of milliseconds, which every importer of the library (and every test file) would pay
 * at load otherwise.
 */
export function referenceRestrictedParties(): RestrictedParty[] {
  referenceParties ??= [...LISTED_ENTITIES, ...sampleRestrictedParties(REFERENCE_SAMPLE_COUNT)];
  return referenceParties;
}
