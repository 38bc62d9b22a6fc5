import { createHash } from 'node:crypto';
import type { RestrictedParty } from '../policy-pack.schema';
import { ISO_COUNTRY_CODES } from '../reference/countries';
import { distinctAliases, tidyName } from './aliases';

/**
 * One Consolidated Screening List record, the same whether it came from the CSV or the JSON
 * download: only the fields a restricted-party entry needs, already split into lists.
 */
export interface CslRecord {
  id?: string;
  entityNumber?: string;
  source?: string;
  type?: string;
  name?: string;
  altNames: string[];
  programs: string[];
  /** Country codes of the listed addresses, in list order (may hold blanks and non-codes). */
  addressCountries: string[];
  /** Nationalities and citizenships of individuals, used when no address names a country. */
  nationalities: string[];
  remarks?: string;
  licenseRequirement?: string;
  startDate?: string;
}

/** CSV multi-valued fields are joined with "; ". */
export function splitList(value: string | undefined): string[] {
  return value
    ? value
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : [];
}

/**
 * "Entity List (EL) - Bureau of Industry and Security" → "EL"; "Non-SDN Menu-Based Sanctions List
 * (NS-MBS List) - Treasury Department" → "NS-MBS". A source that is already short is kept.
 */
export function cslSourceAbbreviation(source: string | undefined): string {
  const text = source?.trim() ?? '';
  const bracketed = /\(([^)]+)\)/.exec(text)?.[1];
  const candidate = bracketed ?? (/^[A-Za-z0-9-]{1,12}$/.test(text) ? text : '');
  const abbreviation = candidate
    .toUpperCase()
    .replace(/\s+LIST$/, '')
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return abbreviation || 'CSL';
}

const MILITARY_END_USER = /military[\s-]*end[\s-]*users?\b/i;

/** MEU list entries, and entries whose programs or terms name the military end-user rules. */
export function isMilitaryEndUser(record: CslRecord): boolean {
  if (cslSourceAbbreviation(record.source) === 'MEU') return true;
  return [...record.programs, record.remarks ?? '', record.licenseRequirement ?? ''].some((text) => MILITARY_END_USER.test(text));
}

function countryOf(record: CslRecord): string | undefined {
  for (const candidate of [...record.addressCountries, ...record.nationalities]) {
    const code = candidate.trim().toUpperCase();
    if (ISO_COUNTRY_CODES.has(code)) return code;
  }
  return undefined;
}

function yearOf(date: string | undefined): number | undefined {
  const year = /\b(19|20)\d{2}\b/.exec(date ?? '')?.[0];
  return year ? Number(year) : undefined;
}

/**
 * The record's own id when it has one; otherwise a digest of source and name, so the same entry
 * keeps the same id when a newer download is imported.
 */
function localId(record: CslRecord, name: string): string {
  return (
    record.id?.trim() ||
    record.entityNumber?.trim() ||
    createHash('sha256')
      .update(`${record.source ?? ''}\n${name}`)
      .digest('hex')
      .slice(0, 16)
  );
}

export type CslMapping = { ok: true; party: RestrictedParty } | { ok: false; problem: string };

export function toRestrictedParty(record: CslRecord): CslMapping {
  const name = tidyName(record.name ?? '');
  if (name === '') return { ok: false, problem: 'the record has no name' };
  const abbreviation = cslSourceAbbreviation(record.source);
  const country = countryOf(record);
  const listedYear = yearOf(record.startDate);
  return {
    ok: true,
    party: {
      id: `${abbreviation}-${localId(record, name)}`,
      name,
      aliases: distinctAliases(name, record.altNames),
      ...(country ? { country } : {}),
      militaryEndUser: isMilitaryEndUser(record),
      source: record.source?.trim() || 'Consolidated Screening List',
      ...(listedYear ? { listedYear } : {}),
      sample: false,
    },
  };
}
