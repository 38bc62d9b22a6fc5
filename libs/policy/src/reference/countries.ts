import countries from 'i18n-iso-countries';
import type { PolicyCountry } from '../policy-pack.schema';

/** Supp. No. 5 to EAR Part 740 ("AIA" destinations) plus the United States. */
export const REFERENCE_TIER_1 = ['US', 'AU', 'BE', 'CA', 'DK', 'FI', 'FR', 'DE', 'IE', 'IT', 'JP', 'NL', 'NZ', 'NO', 'KR', 'ES', 'SE', 'TW', 'GB'] as const;

/** EAR Country Group D:5 (2026 snapshot) plus Macau. */
export const REFERENCE_TIER_3 = ['AF', 'BY', 'MM', 'KH', 'CF', 'CN', 'CU', 'CD', 'ER', 'HT', 'IR', 'IQ', 'LB', 'LY', 'NI', 'KP', 'RU', 'SO', 'SS', 'SD', 'SY', 'VE', 'ZW', 'MO'] as const;

/** Every ISO 3166-1 alpha-2 code the platform knows. */
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** Every ISO 3166-1 country: the Tier 1 and Tier 3 lists above, everything else Tier 2. */
export function referenceCountries(): PolicyCountry[] {
  const tier1 = new Set<string>(REFERENCE_TIER_1);
  const tier3 = new Set<string>(REFERENCE_TIER_3);
  const names = countries.getNames('en', { select: 'official' });
  return [...ISO_COUNTRY_CODES].sort().map((code) => ({
    code,
    name: names[code] ?? code,
    tier: tier1.has(code) ? 1 : tier3.has(code) ? 3 : 2,
    // No agreement is confirmed in force anywhere; regulators record them by publishing a new version.
    igaInForce: false,
  }));
}
