import { InventoryClassifier, type InventorySummary } from '../inventory-classifier';
import type { PolicyCountry } from '../policy-pack.schema';
import type { VerificationInput } from './verification-input';

/** The input plus what several rules derive from it, each derived once. */
export class VerificationContext {
  private readonly countries: ReadonlyMap<string, PolicyCountry>;
  private summary: InventorySummary | undefined;

  constructor(readonly input: VerificationInput) {
    this.countries = new Map(input.pack.countries.map((country) => [country.code, country]));
  }

  /** Undefined for a code the policy does not list: rules decide which way that fails. */
  country(code: string): PolicyCountry | undefined {
    return this.countries.get(code.toUpperCase());
  }

  /** "Germany (DE), a Tier 1 country", or the bare code when the policy does not list it. */
  describeCountry(code: string): string {
    const country = this.country(code);
    return country ? `${country.name} (${country.code}), a Tier ${country.tier} country` : `${code}, which this policy version does not list`;
  }

  get inventory(): InventorySummary {
    this.summary ??= new InventoryClassifier(this.input.pack).summarise(this.input.datacenter.inventoryModels);
    return this.summary;
  }
}

/** Numbers as an auditor reads them, the same on every machine (no host locale). */
export function formatNumber(value: number, fractionDigits = 1): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
