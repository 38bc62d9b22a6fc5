import { modelKey } from '../../inventory/aggregate';
import type { FindingDraft } from '../finding-draft';
import { formatNumber, type VerificationContext } from '../verification-context';

export function prohibitedHardware(context: VerificationContext): FindingDraft[] {
  return context.inventory.prohibited.map((line) => ({
    message: `${formatNumber(line.quantity, 0)} × ${line.vendor} ${line.model} in the inventory fall under prohibited-hardware rule ${line.ruleId}: ${line.reason}.`,
    sortKey: `${modelKey(line.vendor, line.model)}\u0000${line.ruleId}`,
    details: { vendor: line.vendor, model: line.model, quantity: line.quantity, ruleId: line.ruleId, reason: line.reason },
  }));
}

export function unknownAccelerators(context: VerificationContext): FindingDraft[] {
  return context.inventory.unknownModels.map((line) => ({
    message: `${formatNumber(line.quantity, 0)} × ${line.vendor} ${line.model} match no accelerator of the policy's catalog, so they are not counted in H100-equivalents; the inventory spelling or the catalog needs correcting.`,
    sortKey: modelKey(line.vendor, line.model),
    details: { vendor: line.vendor, model: line.model, quantity: line.quantity },
  }));
}

/** The low-processing-performance cap only binds Tier 2: Tier 1 is uncapped, Tier 3 is refused outright. */
export function lppThresholdExceeded(context: VerificationContext): FindingDraft[] {
  const { datacenter, pack } = context.input;
  const { h100Equivalents } = context.inventory;
  const limit = pack.thresholds.lppH100Equivalents;
  if (context.country(datacenter.countryCode)?.tier !== 2 || h100Equivalents <= limit) return [];
  return [
    {
      message: `The facility holds ${formatNumber(h100Equivalents)} H100-equivalents in ${context.describeCountry(datacenter.countryCode)}, above the low-processing-performance threshold of ${formatNumber(limit)}.`,
      sortKey: '',
      details: { h100Equivalents, threshold: limit, country: datacenter.countryCode },
    },
  ];
}

/**
 * Outside Tier 1, a facility above the accelerator threshold needs an intergovernmental agreement
 * in force for its country. Tier 1 is exempt because the regime puts no cap on it (and the reference
 * pack records no agreement anywhere, so without the exemption every large US facility would fail).
 */
export function igaRequired(context: VerificationContext): FindingDraft[] {
  const { datacenter, pack } = context.input;
  const { totalAccelerators } = context.inventory;
  const limit = pack.thresholds.igaAccelerators;
  const country = context.country(datacenter.countryCode);
  if (totalAccelerators <= limit || country?.tier === 1 || country?.igaInForce) return [];
  return [
    {
      message: `The facility holds ${formatNumber(totalAccelerators, 0)} accelerators, above ${formatNumber(limit, 0)}, and ${context.describeCountry(datacenter.countryCode)} has no intergovernmental agreement in force.`,
      sortKey: '',
      details: { totalAccelerators, threshold: limit, country: datacenter.countryCode },
    },
  ];
}
