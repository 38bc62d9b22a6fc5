import type { RestrictedParty } from '@tiergate/policy';
import type { SeededRandom } from '@tiergate/policy/sample-parties';
import type { LabelledQuery, VariantKind } from './labelled-query';

// Respellings of listed names, as counterparties' own paperwork shows them. They are written here
// independently of the normalizer's word tables, so an evaluation does not just replay the
// normalizer's own assumptions.

const VARIANT_WEIGHTS: readonly (readonly [VariantKind, number])[] = [
  ['legal-form-dropped', 1.5],
  ['legal-form-changed', 1.5],
  ['word-order', 1.5],
  ['typo-insertion', 1],
  ['typo-deletion', 1],
  ['typo-substitution', 1],
  ['typo-transposition', 1],
  ['case-punctuation-diacritics', 1.5],
  ['abbreviation', 1],
  ['spacing', 1],
  ['native-script', 0.5],
];

/** Legal forms as companies write them at the end of their name. The one starting earliest wins, so "Co., Ltd." over "Ltd.". */
const WRITTEN_LEGAL_FORMS = [
  'Sanayi ve Ticaret A.Ş.',
  'San. ve Tic. A.Ş.',
  'Industry and Trade Inc.',
  'Public Joint Stock Company',
  'Open Joint Stock Company',
  'Private Joint Stock Company',
  'Federal State Unitary Enterprise',
  'Republican Unitary Enterprise',
  'Limited Liability Company',
  'Joint Stock Co., Ltd.',
  'Joint Venture Company',
  'Group Co., Ltd.',
  'Stock Company Limited',
  'Group Company Limited',
  'Group of Companies',
  'Joint Stock Company',
  'Unitary Enterprise',
  'General Corporation',
  'General Corp.',
  'Company Limited',
  'Sendirian Berhad',
  'Private Limited',
  'Free Zone Establishment',
  'FZ Company',
  'Sahami Khass',
  'JV Company',
  'Co., Ltd.',
  'Co. Ltd',
  'Co Ltd',
  'Pte. Ltd.',
  'Pte Ltd',
  'Sdn. Bhd.',
  'Sdn Bhd',
  'Ltd. Şti.',
  'Limited Şirketi',
  'Anonim Şirketi',
  'Compañía Anónima',
  'Sociedad Anónima',
  'Corporation',
  'Company',
  'Limited',
  'Berhad',
  'L.L.C.',
  'Corp.',
  'Ltd.',
  'Ltd',
  'LLC',
  'Inc.',
  'JSC',
  'PJSC',
  'OJSC',
  'PJS',
  'FSUE',
  'RUE',
  'FZE',
  'FZCO',
  'DMCC',
  'A.Ş.',
  'C.A.',
  'S.A.',
  'S.R.L.',
  'SRL',
  'Co.',
  'Bhd.',
  'GmbH',
  'PLC',
  'Group',
  'Enterprise',
  'Establishment',
  'Est.',
];
/** Legal forms written in front of the name ("JSC Zenit", "Sherkat-e Pars"). */
const LEADING_WRITTEN_FORMS = ['Sherkat-e', 'JSC', 'PJSC', 'OJSC', 'AO', 'OOO', 'ZAO', 'OAO', 'PAO', 'FSUE', 'FGUP', 'LLC', 'RUE'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TRAILING_LEGAL_FORM = new RegExp(`^(.*?)[\\s,]+(${WRITTEN_LEGAL_FORMS.map(escapeRegExp).join('|')})$`, 'u');
const LEADING_LEGAL_FORM = new RegExp(`^(${LEADING_WRITTEN_FORMS.map(escapeRegExp).join('|')})\\s+(.*)$`, 'u');
const REPLACEMENT_FORMS = ['Co., Ltd.', 'Co Ltd', 'Ltd', 'Limited', 'LLC', 'Inc.', 'Corp.', 'Corporation', 'Company', 'Company Limited', 'Holdings Ltd'];

const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bInternational\b/, 'Intl.'],
  [/\bTechnologies\b/, 'Tech.'],
  [/\bTechnology\b/, 'Tech'],
  [/\bCorporation\b/, 'Corp.'],
  [/\bCompany\b/, 'Co.'],
  [/\bLimited\b/, 'Ltd'],
  [/\bManufacturing\b/, 'Mfg.'],
  [/\bEngineering\b/, 'Eng.'],
  [/\bElectronics\b/, 'Elec.'],
  [/\bEquipment\b/, 'Equip.'],
  [/\bInformation\b/, 'Info'],
  [/\bDevelopment\b/, 'Dev.'],
  [/\bTelecommunications?\b/, 'Telecom'],
  [/\bSaint\b/, 'St.'],
  [/\bTrading\b/, 'Trdg.'],
];

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\s.,&'’()\-"/]+$/u;
const LOWER_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', A: 'Á', E: 'É', O: 'Ö', U: 'Ü' };

export interface SplitName {
  leading: string;
  body: string;
  form: string;
}

/** The name without its legal forms, which respellings leave alone ("JSC Zenit": leading "JSC", body "Zenit"). */
export function splitLegalForm(name: string): SplitName {
  const leading = LEADING_LEGAL_FORM.exec(name);
  const rest = leading ? leading[2] : name;
  const trailing = TRAILING_LEGAL_FORM.exec(rest);
  return { leading: leading ? leading[1] : '', body: trailing ? trailing[1] : rest, form: trailing ? trailing[2] : '' };
}

function joinLegalForm({ leading, form }: SplitName, body: string): string {
  return [leading, body, form].filter((part) => part !== '').join(' ');
}

/** Index of a random word of `words` that passes `eligible`, or -1. */
function pickWord(words: readonly string[], eligible: (word: string) => boolean, random: SeededRandom): number {
  const indexes = words.flatMap((word, index) => (eligible(word) ? [index] : []));
  return indexes.length === 0 ? -1 : random.pick(indexes);
}

function matchCase(letter: string, word: string): string {
  return word === word.toUpperCase() ? letter.toUpperCase() : letter;
}

/** One slip of the keyboard in one word of the name (never in its legal form, where it would prove nothing). */
function withTypo(name: string, kind: VariantKind, random: SeededRandom): string | undefined {
  const split = splitLegalForm(name);
  const { body } = split;
  const words = body.split(' ');
  const index = pickWord(words, (word) => /^\p{L}{4,}$/u.test(word), random);
  if (index < 0) return undefined;
  const word = words[index];
  const at = random.integer(0, word.length - 1);
  const letter = matchCase(random.pick([...LOWER_LETTERS]), word);
  let respelled: string;
  if (kind === 'typo-insertion') respelled = word.slice(0, at) + letter + word.slice(at);
  else if (kind === 'typo-deletion') respelled = word.slice(0, at) + word.slice(at + 1);
  else if (kind === 'typo-substitution') {
    const different = [...LOWER_LETTERS].filter((candidate) => candidate !== word[at].toLowerCase());
    respelled = word.slice(0, at) + matchCase(random.pick(different), word) + word.slice(at + 1);
  } else {
    const from = Math.min(at, word.length - 2);
    if (word[from] === word[from + 1]) return undefined;
    respelled = word.slice(0, from) + word[from + 1] + word[from] + word.slice(from + 2);
  }
  words[index] = respelled;
  return joinLegalForm(split, words.join(' '));
}

function withWordOrderChanged(name: string, random: SeededRandom): string | undefined {
  const split = splitLegalForm(name);
  const { body } = split;
  const words = body.replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  if (random.chance(0.5)) {
    // "Technologies Huawei": the first word moved to the end, as indexes sorted by keyword print it.
    return joinLegalForm(split, [...words.slice(1), words[0]].join(' '));
  }
  const at = random.integer(0, words.length - 2);
  [words[at], words[at + 1]] = [words[at + 1], words[at]];
  return joinLegalForm(split, words.join(' '));
}

function withCasePunctuationOrDiacritics(name: string, random: SeededRandom): string | undefined {
  const choices: (() => string)[] = [
    () => name.toUpperCase(),
    () => name.toLowerCase(),
    () =>
      name
        .replace(/[.,()'’"]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    () => name.replace(/-/g, ' '),
    () =>
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ı/g, 'i'),
    () => {
      let accents = 0;
      return name.replace(/[aeiouAEOU]/g, (vowel) => (accents < 2 && random.chance(0.3) ? ((accents += 1), ACCENTED[vowel]) : vowel));
    },
  ];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const respelled = random.pick(choices)();
    if (respelled !== name && respelled.trim() !== '') return respelled;
  }
  return undefined;
}

function withAbbreviation(name: string, random: SeededRandom): string | undefined {
  const applicable = ABBREVIATIONS.filter(([pattern]) => pattern.test(name));
  if (applicable.length === 0) return undefined;
  const [pattern, abbreviation] = random.pick(applicable);
  return name.replace(pattern, abbreviation);
}

/** "Huawei" → "Hua Wei" or "Hua-wei", "Moore Threads" → "MooreThreads": how romanised names get spaced. */
function withSpacingChanged(name: string, random: SeededRandom): string | undefined {
  const split = splitLegalForm(name);
  const { body } = split;
  const words = body.split(' ');
  const joinable = words.flatMap((word, index) => (index + 1 < words.length && /^\p{L}{3,}$/u.test(word) && /^\p{L}{3,}$/u.test(words[index + 1]) ? [index] : []));
  if (joinable.length > 0 && random.chance(0.4)) {
    const at = random.pick(joinable);
    words.splice(at, 2, words[at] + words[at + 1]);
    return joinLegalForm(split, words.join(' '));
  }
  const index = pickWord(words, (word) => /^\p{L}{6,}$/u.test(word), random);
  if (index < 0) return undefined;
  const word = words[index];
  const cut = random.integer(3, word.length - 3);
  const tail = word.slice(cut);
  words[index] = random.chance(0.5) ? `${word.slice(0, cut)} ${matchCase(tail[0].toUpperCase(), word)}${tail.slice(1)}` : `${word.slice(0, cut)}-${tail}`;
  return joinLegalForm(split, words.join(' '));
}

const CJK_FORM = /(股份有限公司|有限责任公司|有限公司)$/u;

/** A name in its own script, with the legal form dropped or added, as a Chinese invoice would print it. */
function withNativeScript(entry: RestrictedParty, random: SeededRandom): { query: string; derivedFrom: string } | undefined {
  const native = entry.aliases.filter((alias) => !LATIN_ONLY.test(alias));
  if (native.length === 0) return undefined;
  const alias = random.pick(native);
  if (CJK_FORM.test(alias)) return { query: alias.replace(CJK_FORM, ''), derivedFrom: alias };
  if (/^\p{Script=Han}+$/u.test(alias)) return { query: `${alias}有限公司`, derivedFrom: alias };
  return { query: alias.toUpperCase() === alias ? alias.toLowerCase() : alias.toUpperCase(), derivedFrom: alias };
}

function respell(name: string, kind: VariantKind, random: SeededRandom): string | undefined {
  switch (kind) {
    case 'legal-form-dropped': {
      const { leading, body, form } = splitLegalForm(name);
      return form === '' && leading === '' ? undefined : body.replace(/,$/, '');
    }
    case 'legal-form-changed': {
      const { body, form } = splitLegalForm(name);
      return `${body.replace(/,$/, '')} ${random.pick(REPLACEMENT_FORMS.filter((candidate) => candidate !== form))}`;
    }
    case 'word-order':
      return withWordOrderChanged(name, random);
    case 'typo-insertion':
    case 'typo-deletion':
    case 'typo-substitution':
    case 'typo-transposition':
      return withTypo(name, kind, random);
    case 'case-punctuation-diacritics':
      return withCasePunctuationOrDiacritics(name, random);
    case 'abbreviation':
      return withAbbreviation(name, random);
    case 'spacing':
      return withSpacingChanged(name, random);
    case 'native-script':
      return undefined;
  }
}

/** The listed spelling a counterparty would most likely start from: usually the primary name, sometimes a full alias. */
function baseSpelling(entry: RestrictedParty, random: SeededRandom): string {
  // Initials ("SLPE") and one-word short names are left out: a typo in four letters is another name.
  const fullAliases = entry.aliases.filter((alias) => LATIN_ONLY.test(alias) && alias.trim().split(/\s+/).length >= 2 && alias.length >= 8);
  return fullAliases.length > 0 && random.chance(0.3) ? random.pick(fullAliases) : entry.name;
}

/** A respelling of one of the entry's names, labelled with the entry. */
export function respelledQuery(entry: RestrictedParty, random: SeededRandom): LabelledQuery {
  const kind = random.weighted(VARIANT_WEIGHTS);
  if (kind === 'native-script') {
    const native = withNativeScript(entry, random);
    if (native) return { ...native, expectedEntryId: entry.id, kind };
  }
  const base = baseSpelling(entry, random);
  const fallbacks: VariantKind[] = [kind, 'typo-substitution', 'case-punctuation-diacritics'];
  for (const candidate of fallbacks) {
    const query = respell(base, candidate, random);
    if (query !== undefined && query !== base && query.trim() !== '') return { query, expectedEntryId: entry.id, kind: candidate, derivedFrom: base };
  }
  return { query: base.toUpperCase() === base ? base.toLowerCase() : base.toUpperCase(), expectedEntryId: entry.id, kind: 'case-punctuation-diacritics', derivedFrom: base };
}
