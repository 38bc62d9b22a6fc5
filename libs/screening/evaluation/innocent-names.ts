import type { RestrictedParty } from '@tiergate/policy';
import type { SeededRandom } from '@tiergate/policy/sample-parties';
import type { InnocentKind, LabelledQuery } from './labelled-query';
import { normalizeName } from '../src/name-normalizer';
import { damerauLevenshteinDistance } from '../src/string-distance';
import { SUBSIDIARY_BUSINESS_LINES, SUBSIDIARY_CITIES, SUBSIDIARY_COUNTRIES, SUBSIDIARY_FORMS } from './subsidiary-variants';
import { WordVocabulary } from '../src/word-vocabulary';

// Invented innocent names, for the negatives of an evaluation set. Brand words are checked against the list's words, so a
// negative never names (or misspells) a listed party; places and business words are shared on
// purpose, as innocent firms in the same city or trade share them.

const INNOCENT_BRANDS = [
  'Northwind',
  'Bluepeak',
  'Clearwater',
  'Redwood',
  'Maplewood',
  'Brightwell',
  'Stonebridge',
  'Riverside',
  'Oakridge',
  'Fairview',
  'Greenfield',
  'Westbrook',
  'Lakeshore',
  'Kingsford',
  'Ashford',
  'Elmstead',
  'Harborview',
  'Ironwood',
  'Larkspur',
  'Millbrook',
  'Newhaven',
  'Pinecrest',
  'Quayside',
  'Rosewood',
  'Thornbury',
  'Wexford',
  'Yarrow',
  'Birchwood',
  'Dunmore',
  'Foxglove',
  'Glenrock',
  'Hollis',
  'Juniper',
  'Kestrel',
  'Linden',
  'Meadowbrook',
  'Orchard',
  'Primrose',
  'Rowan',
  'Sorrel',
  'Tamarack',
  'Willow',
  'Amberley',
  'Bexley',
  'Calder',
  'Fenwick',
  'Garrick',
  'Halden',
  'Ingram',
  'Kendal',
  'Lowell',
  'Marlow',
  'Norbury',
  'Penrose',
  'Radley',
  'Selby',
  'Tilbury',
  'Whitcombe',
  'Cobalt Bay',
  'Silver Birch',
  'Blue Heron',
  'Red Kite',
  'Green Valley',
  'Harvest Moon',
  'Copperleaf',
  'Driftwood',
  'Evergrove',
  'Fernhill',
  'Goldcrest',
  'Hazelnut',
  'Kingfisher',
  'Lindqvist',
  'Mosswood',
];
const INNOCENT_TRADES = [
  'Furniture',
  'Garments',
  'Printing',
  'Dental Supplies',
  'Bakery',
  'Consulting',
  'Textiles',
  'Packaging',
  'Ceramics',
  'Food Products',
  'Cosmetics',
  'Hand Tools',
  'Paper Mills',
  'Footwear',
  'Toys',
  'Pharmacy',
  'Travel',
  'Insurance Brokers',
  'Real Estate',
  'Catering',
  'Plastics',
  'Auto Parts',
  'Home Appliances',
  'Fitness Equipment',
  'Seeds',
  'Coffee Roasters',
  'Bicycles',
  'Landscaping',
  'Florists',
  'Pet Supplies',
];
/** Places the list is full of; an innocent firm there shares the city's name and nothing else. */
const SHARED_PLACES = ['Shenzhen', 'Dongguan', 'Suzhou', 'Beijing', 'Shanghai', 'Hangzhou', 'Moscow', 'Minsk', 'Dubai', 'Istanbul', 'Caracas', 'Kuala Lumpur', 'Yangon', 'Hong Kong', 'Singapore'];
/** Business words common on the list (and off it). */
const SHARED_BUSINESS_WORDS = [
  'Technology',
  'Technologies',
  'Electronics',
  'Trading',
  'Semiconductor',
  'Microelectronics',
  'Logistics',
  'Engineering',
  'Data Systems',
  'Components',
  'Software',
  'Telecom',
  'Industrial',
  'Instruments',
];
const INNOCENT_FORMS = ['Ltd.', 'Co., Ltd.', 'GmbH', 'LLC', 'Inc.', 'S.A.', 'B.V.', 'Pty Ltd', 'AB', 'Oy', 'S.r.l.', 'Sdn. Bhd.', 'Limited', 'Corp.', 'AG', 'Pte. Ltd.'];
const INNOCENT_GIVEN = ['Emily', 'Lukas', 'Sophie', 'Oliver', 'Hannah', 'Matteo', 'Chloe', 'Jonas', 'Amelia', 'Henrik', 'Clara', 'Felix', 'Isabel', 'Tobias', 'Nora', 'Elias'];
const INNOCENT_FAMILY = [
  'Hartmann',
  'Novak',
  'Lindgren',
  'Moreau',
  'Whitaker',
  'Brennan',
  'Kowalczyk',
  'Dubois',
  'Lundqvist',
  'Fitzgerald',
  'Bauer',
  'Castellano',
  'Jansen',
  'Okafor',
  'Pereira',
  'Sullivan',
];
/** Family names the list's people also carry: a namesake shares one word with a listed person. */
const SHARED_FAMILY = ['Wang', 'Chen', 'Kim', 'Park', 'Sokolov', 'Ahmadi', 'Tan', 'Lee', 'Yilmaz', 'Garcia'];
/**
 * Hand-made names that look or sound a little like the real listed entities ("Hawaii" like
 * "Huawei") but are plainly other businesses. Screening must not alert on them.
 */
const LOOK_ALIKES = [
  'Hawaii Tech Supplies',
  'Dawn Bakery Supplies Ltd',
  'Inspire Learning Ltd',
  'Cambrian Tutors LLC',
  'Moore Textiles Inc.',
  'Phyto Health Ltd',
  'Hisun Optics Co., Ltd.',
  'Sentinel Timekeeping Ltd',
  'Biro Office Supplies',
  'Zhi Pu Tea House',
  'Yangtze River Cruises Ltd',
  'Sugar Cone Ice Cream Co.',
  'Hikers Vision Outdoor Gear',
  'Semiconductor Packaging Solutions GmbH',
  'Smith Metal Works',
  'Hawaii Cloud Services GmbH',
  'Smith Beijing Trading',
  'Sensible Time Deutschland GmbH',
  'Inspire Cloud Computing Technologies',
];

interface InnocentWords {
  isInnocent(word: string): boolean;
}

/** Brand and person words that neither are nor misspell (one edit) a word of the list. */
function innocentWords(entries: readonly RestrictedParty[]): InnocentWords {
  const listed = new WordVocabulary();
  for (const entry of entries) for (const spelling of [entry.name, ...entry.aliases]) for (const token of normalizeName(spelling).tokens) listed.add(token);
  return {
    isInnocent: (text) =>
      normalizeName(text).tokens.every((token) => listed.idOf(token) === undefined && listed.similarWords(token).every((match) => damerauLevenshteinDistance(token, match.word) > 1)),
  };
}

const INNOCENT_WEIGHTS: readonly (readonly [InnocentKind, number])[] = [
  ['unrelated', 2],
  ['shares-place', 3],
  ['shares-business-word', 3],
  ['shares-place-and-business-word', 2],
  ['person', 2],
  ['look-alike', 1],
  ['subsidiary-shaped', 2],
];

function innocentName(kind: InnocentKind, brands: readonly string[], people: InnocentWords, random: SeededRandom, lookAlikes: string[]): LabelledQuery | undefined {
  const brand = random.pick(brands);
  const form = random.pick(INNOCENT_FORMS);
  switch (kind) {
    case 'unrelated':
      return { query: `${brand} ${random.pick(INNOCENT_TRADES)} ${form}`, expectedEntryId: null, kind };
    case 'shares-place':
      return { query: `${random.pick(SHARED_PLACES)} ${brand} ${random.pick(INNOCENT_TRADES)} ${form}`, expectedEntryId: null, kind };
    case 'shares-business-word':
      return { query: `${brand} ${random.pick(SHARED_BUSINESS_WORDS)} ${form}`, expectedEntryId: null, kind };
    case 'shares-place-and-business-word':
      // The hardest innocent names: same city, same trade, only the brand differs ("Shenzhen Bluepeak Electronics").
      return { query: `${random.pick(SHARED_PLACES)} ${brand} ${random.pick(SHARED_BUSINESS_WORDS)} ${form}`, expectedEntryId: null, kind };
    case 'person': {
      const given = random.pick(INNOCENT_GIVEN);
      const family = random.chance(0.4) ? random.pick(SHARED_FAMILY) : random.pick(INNOCENT_FAMILY);
      if (!people.isInnocent(given)) return undefined;
      return { query: `${given} ${family}`, expectedEntryId: null, kind };
    }
    case 'subsidiary-shaped': {
      // Named like a subsidiary, of a parent that is not listed: the qualifiers alone must not alert.
      const where = random.pick([...SUBSIDIARY_COUNTRIES, ...SUBSIDIARY_CITIES]);
      const line = random.chance(0.5) ? random.pick(SUBSIDIARY_BUSINESS_LINES) : '';
      const query = [brand, line, where, random.pick(SUBSIDIARY_FORMS)].filter((part) => part !== '').join(' ');
      return { query, expectedEntryId: null, kind };
    }
    case 'look-alike': {
      const query = lookAlikes.shift();
      return query === undefined ? undefined : { query, expectedEntryId: null, kind };
    }
  }
}

/**
 * `count` distinct innocent names (none in `taken`), labelled as no match: invented firms and
 * people whose distinctive words are not (nor misspell) any word of `entries`.
 */
export function innocentNames(entries: readonly RestrictedParty[], count: number, random: SeededRandom, taken: ReadonlySet<string>): LabelledQuery[] {
  const words = innocentWords(entries);
  const brands = INNOCENT_BRANDS.filter((brand) => words.isInnocent(brand));
  if (brands.length === 0 && count > 0) throw new Error('every innocent brand word resembles a listed word');
  const lookAlikes = [...LOOK_ALIKES];
  const seen = new Set(taken);
  const names: LabelledQuery[] = [];
  // Random draws repeat; a generous cap keeps a small word table from looping forever.
  for (let attempts = 0; names.length < count && attempts < count * 50; attempts += 1) {
    const name = innocentName(random.weighted(INNOCENT_WEIGHTS), brands, words, random, lookAlikes);
    if (!name || seen.has(name.query)) continue;
    seen.add(name.query);
    names.push(name);
  }
  if (names.length < count) throw new Error(`could only invent ${names.length} distinct innocent names, not ${count}`);
  return names;
}
