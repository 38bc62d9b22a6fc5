import type { PolicyCountry } from '@tiergate/policy';

export const REPORT_GROUP_BY = ['country', 'tier', 'organization'] as const;
export type ReportGroupBy = (typeof REPORT_GROUP_BY)[number];

/** Where a facility's country is missing from the policy (a retired code, a pack that dropped it). */
export const UNLISTED_TIER = 'unlisted';

export type ReportCountries = ReadonlyMap<string, Pick<PolicyCountry, 'name' | 'tier'>>;

/**
 * The report group of a slice. Slices arrive keyed by the column SQL grouped on: the country code
 * for `country` and `tier` (tiers belong to the policy, not the database, so countries are folded
 * into tiers here), the organisation id for `organization`.
 */
export function groupKeyOf(groupBy: ReportGroupBy, sourceKey: string, countries: ReportCountries): string {
  if (groupBy !== 'tier') return sourceKey;
  const tier = countries.get(sourceKey)?.tier;
  return tier === undefined ? UNLISTED_TIER : String(tier);
}

/** What a person reads for a group key. */
export function groupLabelOf(groupBy: ReportGroupBy, key: string, countries: ReportCountries, organizationNames: ReadonlyMap<string, string>): string {
  switch (groupBy) {
    case 'country':
      return countries.get(key)?.name ?? key;
    case 'tier':
      return key === UNLISTED_TIER ? 'Country not in the policy' : `Tier ${key}`;
    case 'organization':
      return organizationNames.get(key) ?? key;
  }
}

/** Tiers in numeric order with "unlisted" last; countries and organisations by the name a reader sees. */
export function compareGroups(groupBy: ReportGroupBy, a: { key: string; label: string }, b: { key: string; label: string }): number {
  if (groupBy === 'tier') return tierRank(a.key) - tierRank(b.key);
  return a.label.localeCompare(b.label, 'en') || a.key.localeCompare(b.key);
}

function tierRank(key: string): number {
  return key === UNLISTED_TIER ? Number.MAX_SAFE_INTEGER : Number(key);
}
