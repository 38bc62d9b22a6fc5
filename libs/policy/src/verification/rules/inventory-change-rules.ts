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

/** The country of the registered facility a transfer names, when the caller could resolve it. */
function facilityCountry(change: InventoryChange, transferDestinations: Record<string, string>): string | undefined {
  const facility = change.destinationDatacenterId;
  if (!facility) return undefined;
  // Inventory lines store facility ids lower-cased; the caller may key the map either way.
  return (transferDestinations[facility] ?? transferDestinations[facility.toLowerCase()])?.toUpperCase();
}

/**
 * A transfer is checked against both the country the operator named and the country of the
 * facility it named: either being Tier 3 is enough, so a transfer cannot hide behind a Tier 1 code.
 */
export function transfersToTier3(context: VerificationContext): FindingDraft[] {
  const { inventoryChanges, transferDestinations } = context.input;
  const isTier3 = (code: string | undefined): code is string => code !== undefined && context.country(code)?.tier === 3;
  const drafts: FindingDraft[] = [];
  for (const change of inventoryChanges) {
    if (change.delta >= 0 || change.reason !== 'transferred') continue;
    const declared = change.destinationCountry?.toUpperCase();
    const facility = facilityCountry(change, transferDestinations);
    const reasons: string[] = [];
    if (isTier3(facility)) reasons.push(`facility ${change.destinationDatacenterId} is in ${context.describeCountry(facility)}`);
    if (isTier3(declared) && declared !== facility) reasons.push(`the declared destination is ${context.describeCountry(declared)}`);
    if (reasons.length === 0) continue;
    drafts.push({
      message: `${formatNumber(-change.delta, 0)} × ${change.vendor} ${change.model} were transferred to Tier 3: ${reasons.join('; ')}.`,
      sortKey: changeKey(change),
      details: {
        vendor: change.vendor,
        model: change.model,
        quantity: -change.delta,
        ...(declared ? { destinationCountry: declared } : {}),
        ...(change.destinationDatacenterId ? { destinationDatacenterId: change.destinationDatacenterId } : {}),
        ...(facility ? { destinationDatacenterCountry: facility } : {}),
      },
    });
  }
  return drafts;
}
