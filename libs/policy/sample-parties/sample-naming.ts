import { initialism } from '../src/restricted-parties/aliases';
import type { SeededRandom } from './seeded-random';

/** One building block of an invented name: its Latin spelling, a native-script form, other spellings. */
export interface NamePart {
  readonly latin: string;
  readonly native?: string;
  readonly variants: readonly string[];
}

/** An invented name and the other spellings a list would carry for it. */
export interface SampleName {
  name: string;
  aliases: string[];
}

export interface CompanyParts<T> {
  prefix: T;
  word: T;
  industry: T;
  form: T;
}

/** How one country's companies are named: the word lists and the order they are put together in. */
export interface CompanyStyle {
  prefixes: readonly NamePart[];
  words: readonly NamePart[];
  industries: readonly NamePart[];
  /** Industries of military end users, so a flagged entry also reads like one. */
  militaryIndustries: readonly NamePart[];
  legalForms: readonly NamePart[];
  compose(parts: CompanyParts<string>): string;
  /** The name in the native script, when every part has a native form (e.g. Chinese characters). */
  composeNative?(parts: CompanyParts<string>): string;
  /** The short or trading name lists often add (e.g. 'AO "Kvant"'). */
  shortName?(parts: CompanyParts<string>): string;
}

export interface CountryNaming {
  country: string;
  /** Relative share of the sample list. */
  weight: number;
  company: CompanyStyle;
  person(random: SeededRandom): SampleName;
}

/**
 * Name parts from a compact list: "Shenzhen=深圳; Yekaterinburg|Ekaterinburg" gives a native form after
 * "=" and other spellings after "|". Keeps the word tables readable (";" because legal forms hold commas).
 */
export function parts(list: string): NamePart[] {
  return list.split(';').map((entry) => {
    const [spellings, native] = entry.split('=');
    const [latin, ...variants] = spellings.split('|').map((spelling) => spelling.trim());
    return native ? { latin, native: native.trim(), variants } : { latin, variants };
  });
}

/** Every pairing of two word lists ("Gulf" × "Star"), for countries whose brand names are compounds. */
export function pairs(firsts: readonly string[], seconds: readonly string[], joiner = ' '): NamePart[] {
  return firsts.flatMap((first) => seconds.map((second) => ({ latin: `${first}${joiner}${second}`, variants: [] })));
}

/** A spelling of a part: the usual one, or now and then another. */
export function spell(part: NamePart, random: SeededRandom): string {
  return part.variants.length > 0 && random.chance(0.5) ? random.pick(part.variants) : part.latin;
}

const COMPANY_KEYS = ['prefix', 'word', 'industry', 'form'] as const;

function latinOf(chosen: CompanyParts<NamePart>): CompanyParts<string> {
  return { prefix: chosen.prefix.latin, word: chosen.word.latin, industry: chosen.industry.latin, form: chosen.form.latin };
}

/** An invented company of one country, with the other spellings a list would carry for it. */
export function sampleCompany(style: CompanyStyle, random: SeededRandom, military: boolean): SampleName {
  const chosen: CompanyParts<NamePart> = {
    prefix: random.pick(style.prefixes),
    word: random.pick(style.words),
    industry: random.pick(military ? style.militaryIndustries : style.industries),
    form: random.pick(style.legalForms),
  };
  const latin = latinOf(chosen);
  const name = style.compose(latin);
  const aliases: string[] = [];

  // Transliterations and legal-form spellings: one part respelled per alias, as lists record them.
  for (const key of COMPANY_KEYS) {
    const part = chosen[key];
    if (part.variants.length > 0 && random.chance(0.6)) aliases.push(style.compose({ ...latin, [key]: random.pick(part.variants) }));
  }
  const { prefix, word, industry, form } = chosen;
  if (style.composeNative && prefix.native && word.native && industry.native && form.native) {
    aliases.push(style.composeNative({ prefix: prefix.native, word: word.native, industry: industry.native, form: form.native }));
  }
  if (style.shortName && random.chance(0.7)) aliases.push(style.shortName(latin));
  // Initials stand for the name without its legal form ("SLPE", not "SLPECL").
  const initials = initialism(style.compose({ ...latin, form: '' }));
  if (initials.length >= 3 && random.chance(0.5)) aliases.push(initials);
  if (random.chance(0.2)) {
    // A former name: same business under another brand word, as "f.k.a." entries show.
    aliases.push(style.compose({ ...latin, word: random.pick(style.words).latin, form: random.pick(style.legalForms).latin }));
  }
  return { name, aliases };
}
