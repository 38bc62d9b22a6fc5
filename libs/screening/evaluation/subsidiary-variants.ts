import type { RestrictedParty } from '@tiergate/policy';
import type { SeededRandom } from '@tiergate/policy/sample-parties';
import type { LabelledQuery } from './labelled-query';
import { splitLegalForm } from './respellings';

// Subsidiary, branch and business-line names built on listed names, as group companies register
// them. Written here independently of the screening's own qualifier tables, so an evaluation does
// not just replay them.

/** Countries, as group companies put them in a subsidiary's name (some in brackets, some native). */
export const SUBSIDIARY_COUNTRIES = [
  'Deutschland',
  'Germany',
  'UK',
  'France',
  'Italia',
  'Japan',
  'Korea',
  'Singapore',
  'Malaysia',
  'Brasil',
  'Mexico',
  'India',
  'Turkey',
  'Netherlands',
  'Sweden',
  'Polska',
  'Australia',
  'Canada',
  'South Africa',
  'Hong Kong',
  'Middle East',
  'Europe',
  'Asia Pacific',
  'Nordic',
  'Latin America',
  'Kazakhstan',
  'Egypt',
  'Thailand',
  'Philippines',
  'Austria',
  'Belgium',
  'Switzerland',
];
export const SUBSIDIARY_CITIES = ['Beijing', 'Shanghai', 'Shenzhen', 'Chengdu', 'Wuhan', 'Moscow', 'Dubai', 'London', 'Munich', 'Paris', 'Istanbul', 'Tehran', 'Minsk'];
/** Business lines a group splits into its own companies. */
export const SUBSIDIARY_BUSINESS_LINES = [
  'Cloud Computing',
  'Cloud',
  'Digital',
  'Software',
  'Services',
  'Solutions',
  'Terminals',
  'Devices',
  'Digital Power',
  'Technologies',
  'Microelectronics',
  'Networks',
  'Research',
  'Trading',
  'International',
  'Energy',
  'Investment',
  'Semiconductor',
  'Technical Services',
  'Global Services',
];
export const SUBSIDIARY_FORMS = ['GmbH', 'B.V.', 'S.A.', 'Ltd', 'Co., Ltd.', 'LLC', 'Pty Ltd', 'S.r.l.', 'AB', 'Sdn. Bhd.', 'Branch', 'Representative Office', 'Inc.', 'Kft.', 'Sp. z o.o.', ''];

type Pattern = 'country-and-form' | 'city' | 'business-line-inside' | 'country-in-brackets' | 'region-and-business-line';
const PATTERNS: readonly (readonly [Pattern, number])[] = [
  ['country-and-form', 3],
  ['city', 2],
  ['business-line-inside', 2],
  ['country-in-brackets', 1],
  ['region-and-business-line', 2],
];

const LATIN_NAME = /^[\p{Script=Latin}\p{N}\s.,&'’()-]+$/u;

/** Parents a subsidiary is named after: the entry's Latin names with a legal form (so a company, not a person), without it. */
function parentNames(entry: RestrictedParty): { spelling: string; parent: string }[] {
  return [entry.name, ...entry.aliases].flatMap((spelling) => {
    if (!LATIN_NAME.test(spelling)) return [];
    const { body, form } = splitLegalForm(spelling);
    const parent = body.replace(/[,\s]+$/, '');
    return form !== '' && parent.replace(/[^\p{L}]/gu, '').length >= 4 ? [{ spelling, parent }] : [];
  });
}

/** Companies among the entries, for subsidiary variants. */
export function companyEntries(entries: readonly RestrictedParty[]): RestrictedParty[] {
  return entries.filter((entry) => parentNames(entry).length > 0);
}

const joined = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

function subsidiaryName(parent: string, pattern: Pattern, random: SeededRandom): string {
  const form = random.pick(SUBSIDIARY_FORMS);
  switch (pattern) {
    case 'country-and-form':
      return joined(parent, random.pick(SUBSIDIARY_COUNTRIES), form);
    case 'city':
      return joined(parent, random.pick(SUBSIDIARY_CITIES));
    case 'business-line-inside': {
      const [first, ...rest] = parent.split(' ');
      return joined(first, random.pick(SUBSIDIARY_BUSINESS_LINES), ...rest, random.chance(0.5) ? form : '');
    }
    case 'country-in-brackets':
      return joined(parent, `(${random.pick(SUBSIDIARY_COUNTRIES)})`, form);
    case 'region-and-business-line':
      return joined(parent, random.pick([...SUBSIDIARY_COUNTRIES, ...SUBSIDIARY_CITIES]), random.pick(SUBSIDIARY_BUSINESS_LINES), form);
  }
}

/** "Huawei" → "H u a w e i": the distinctive word (the first of four to ten letters) spelled out letter by letter. */
function spacedOut(parent: string): string | undefined {
  const words = parent.split(' ');
  const index = words.findIndex((word) => /^\p{L}{4,10}$/u.test(word));
  if (index < 0) return undefined;
  words[index] = [...words[index]].join(' ');
  return words.join(' ');
}

/** A subsidiary-style name (or, one time in five, a spaced-out spelling) of a company entry, labelled with the entry. */
export function subsidiaryQuery(entry: RestrictedParty, random: SeededRandom): LabelledQuery {
  const { spelling, parent } = random.pick(parentNames(entry));
  const spaced = random.chance(0.2) ? spacedOut(parent) : undefined;
  if (spaced) return { query: spaced, expectedEntryId: entry.id, kind: 'spaced-letters', derivedFrom: spelling };
  return { query: subsidiaryName(parent, random.weighted(PATTERNS), random), expectedEntryId: entry.id, kind: 'subsidiary', derivedFrom: spelling };
}
