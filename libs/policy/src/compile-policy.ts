import { InventoryClassifier } from './inventory-classifier';
import type { PolicyControl, PolicyCountry, PolicyPack, RestrictedParty, Tier } from './policy-pack.schema';

/**
 * What every reader of a policy version derives from its pack, built once per version. Versions
 * are immutable, so one compiled policy serves every request and job that names the version.
 */
export interface CompiledPolicy<Screening = unknown> {
  readonly pack: PolicyPack;
  /** The pack's hardware patterns, compiled (RE2) once. */
  readonly classifier: InventoryClassifier;
  /** Country code → the pack's entry for it (name, tier, agreement). */
  readonly countries: ReadonlyMap<string, PolicyCountry>;
  /** Control id → control. */
  readonly controls: ReadonlyMap<string, PolicyControl>;
  readonly evidenceTypes: readonly string[];
  countryCodesOfTier(tier: Tier): string[];
  /** The restricted-party screening index, built on the first call only: it is the costly part (seconds for a full list). */
  screening(): Screening;
}

/**
 * Compiles a parsed pack. Pure: the screening index is whatever `buildScreening` makes of the
 * restricted parties (the screening library depends on this one, so it is passed in, not imported).
 */
export function compilePolicy<Screening>(pack: PolicyPack, buildScreening: (parties: readonly RestrictedParty[]) => Screening): CompiledPolicy<Screening> {
  const countryCodesByTier = new Map<Tier, string[]>();
  for (const country of pack.countries) countryCodesByTier.set(country.tier, [...(countryCodesByTier.get(country.tier) ?? []), country.code]);
  let screening: { index: Screening } | undefined;
  return {
    pack,
    classifier: new InventoryClassifier(pack),
    countries: new Map(pack.countries.map((country) => [country.code, country])),
    controls: new Map(pack.controls.map((control) => [control.id, control])),
    evidenceTypes: pack.evidenceTypes,
    // A fresh array each time: callers may keep or change what they get.
    countryCodesOfTier: (tier) => [...(countryCodesByTier.get(tier) ?? [])],
    screening: () => (screening ??= { index: buildScreening(pack.restrictedParties) }).index,
  };
}
