import type { RestrictedParty } from '../src/policy-pack.schema';
import { distinctAliases, withoutDiacritics } from '../src/restricted-parties/aliases';
import { type CountryNaming, sampleCompany, type SampleName } from './sample-naming';
import { BELARUS_NAMING, RUSSIA_NAMING } from './sample-naming-russia-belarus';
import { CHINA_NAMING, HONG_KONG_NAMING } from './sample-naming-china';
import { EMIRATES_NAMING, IRAN_NAMING, SYRIA_NAMING, TURKEY_NAMING } from './sample-naming-middle-east';
import { MALAYSIA_NAMING, MYANMAR_NAMING, NORTH_KOREA_NAMING, SINGAPORE_NAMING } from './sample-naming-asia';
import { VENEZUELA_NAMING } from './sample-naming-venezuela';
import { SeededRandom } from './seeded-random';

export const SAMPLE_SOURCE = 'SAMPLE (invented for testing)';

/** Mostly Tier 3 countries, plus the transhipment hubs where diversion cases are often listed. */
const COUNTRIES: readonly CountryNaming[] = [
  CHINA_NAMING,
  RUSSIA_NAMING,
  IRAN_NAMING,
  NORTH_KOREA_NAMING,
  BELARUS_NAMING,
  SYRIA_NAMING,
  VENEZUELA_NAMING,
  MYANMAR_NAMING,
  EMIRATES_NAMING,
  TURKEY_NAMING,
  HONG_KONG_NAMING,
  SINGAPORE_NAMING,
  MALAYSIA_NAMING,
];
const COUNTRY_WEIGHTS = COUNTRIES.map((naming) => [naming, naming.weight] as const);

const INDIVIDUAL_SHARE = 0.15;
const MILITARY_SHARE = 0.12;
const FIRST_LISTED_YEAR = 2008;
const LAST_LISTED_YEAR = 2025;
/** Draws before giving up on a fresh name; the word tables are far larger than any list we make. */
const MAX_DRAWS_PER_ENTRY = 100;

/**
 * Invented restricted parties, for exercising screening at realistic sizes without real data.
 * The same (count, seed) always gives the same list, and a longer list starts with the shorter
 * one, so tests and benchmarks can name exact entries. Every entry is marked sample and has the
 * SAMPLE source, so nobody mistakes one for a real listing.
 */
export function sampleRestrictedParties(count = 3_000, seed = 1): RestrictedParty[] {
  const random = new SeededRandom(seed);
  const usedNames = new Set<string>();
  const entries: RestrictedParty[] = [];
  for (let index = 1; index <= count; index += 1) {
    const naming = random.weighted(COUNTRY_WEIGHTS);
    const military = random.chance(MILITARY_SHARE);
    const individual = random.chance(INDIVIDUAL_SHARE);
    const drawn = drawUniqueName(usedNames, () => (individual ? naming.person(random) : sampleCompany(naming.company, random, military)));
    entries.push({
      id: `SAMPLE-${String(index).padStart(6, '0')}`,
      name: drawn.name,
      aliases: distinctAliases(drawn.name, [...drawn.aliases, withoutDiacritics(drawn.name)]),
      country: naming.country,
      militaryEndUser: military,
      source: SAMPLE_SOURCE,
      listedYear: random.integer(FIRST_LISTED_YEAR, LAST_LISTED_YEAR),
      sample: true,
    });
  }
  return entries;
}

function drawUniqueName(usedNames: Set<string>, draw: () => SampleName): SampleName {
  for (let attempt = 0; attempt < MAX_DRAWS_PER_ENTRY; attempt += 1) {
    const candidate = draw();
    const key = candidate.name.toLowerCase();
    if (!usedNames.has(key)) {
      usedNames.add(key);
      return candidate;
    }
  }
  throw new Error(`could not invent a new name after ${MAX_DRAWS_PER_ENTRY} draws; the sample word tables are too small for this many entries`);
}
