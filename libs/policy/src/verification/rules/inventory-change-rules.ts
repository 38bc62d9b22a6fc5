import { modelKey } from '../../inventory/aggregate';
import { unexplainedDecreases, type InventoryChange } from '../../inventory/inventory-diff';
import type { FindingDraft } from '../finding-draft';
import { formatNumber, type VerificationContext } from '../verification-context';

function changeKey(change: InventoryChange): string {
  return `${modelKey(change.vendor, change.model)}\u0000${change.before}\u0000${change.after}`;
}

export function unexplainedInventoryDecreases({ input }: VerificationContext): FindingDraft[] {
  return unexplainedDecreases(input.inventoryChanges).map((change) => ({
    message: `${change.vendor} ${change.model} went from ${formatNumber(change.before, 0)} to ${formatNumber(change.after, 0)} (${formatNumber(-change.delta, 0)} fewer) with no reason given; a decrease must be explained as decommissioned, transferred or returned.`,
    sortKey: changeKey(change),
    details: { vendor: change.vendor, model: change.model, before: change.before, after: change.after, delta: change.delta },
  }));
}

/**
 * Every country a transfer points at: the one the operator named and the one of the facility it
 * named. Either being Tier 3 is enough, so a transfer cannot hide behind a Tier 1 country code.
 */
function destinationCountries(change: InventoryChange, transferDestinations: Record<string, string>): string[] {
  const countries = new Set<string>();
  if (change.destinationCountry) countries.add(change.destinationCountry.toUpperCase());
  const facility = change.destinationDatacenterId;
  if (facility) {
    // Inventory lines store facility ids lower-cased; the caller may key the map either way.
    const country = transferDestinations[facility] ?? transferDestinations[facility.toLowerCase()];
    if (country) countries.add(country.toUpperCase());
  }
  return [...countries];
}

export function transfersToTier3(context: VerificationContext): FindingDraft[] {
  const { inventoryChanges, transferDestinations } = context.input;
  const drafts: FindingDraft[] = [];
  for (const change of inventoryChanges) {
    if (change.delta >= 0 || change.reason !== 'transferred') continue;
    const tier3 = destinationCountries(change, transferDestinations).filter((code) => context.country(code)?.tier === 3);
    if (tier3.length === 0) continue;
    const facility = change.destinationDatacenterId ? ` facility ${change.destinationDatacenterId} in` : '';
    drafts.push({
      message: `${formatNumber(-change.delta, 0)} × ${change.vendor} ${change.model} were transferred to${facility} ${tier3.map((code) => context.describeCountry(code)).join(' and ')}; accelerators must not go to Tier 3.`,
      sortKey: changeKey(change),
      details: {
        vendor: change.vendor,
        model: change.model,
        quantity: -change.delta,
        destinationCountries: tier3,
        ...(change.destinationDatacenterId ? { destinationDatacenterId: change.destinationDatacenterId } : {}),
      },
    });
  }
  return drafts;
}
