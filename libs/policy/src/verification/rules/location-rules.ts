import type { FindingDraft } from '../finding-draft';
import { checkLocationProbe } from '../location-probe';
import { formatNumber, type VerificationContext } from '../verification-context';

export function datacenterInTier3(context: VerificationContext): FindingDraft[] {
  const { datacenter } = context.input;
  if (context.country(datacenter.countryCode)?.tier !== 3) return [];
  return [
    {
      message: `The facility is in ${context.describeCountry(datacenter.countryCode)}; facilities in Tier 3 cannot be attested.`,
      sortKey: '',
      details: { country: datacenter.countryCode },
    },
  ];
}

/**
 * One finding per landmark that rules out the declared location, and one per probe that cannot be
 * checked at all (unreadable, or no declared coordinates): evidence offered for a location claim
 * that backs nothing is itself something an auditor must see.
 */
export function inconsistentLocation({ input }: VerificationContext): FindingDraft[] {
  const { latitude, longitude } = input.datacenter;
  const drafts: FindingDraft[] = [];
  for (const evidence of input.evidence) {
    const probe = evidence.locationProbe;
    if (!probe) continue;
    const controlId = evidence.controlIds[0];
    if (!probe.ok) {
      drafts.push({
        message: `Location probe ${evidence.id} cannot be read, so it does not show where the chips are: ${probe.error}.`,
        sortKey: evidence.id,
        controlId,
        details: { evidenceId: evidence.id, error: probe.error },
      });
      continue;
    }
    if (latitude === null || longitude === null) {
      drafts.push({
        message: `Location probe ${evidence.id} cannot be checked: the facility declares no coordinates to check it against.`,
        sortKey: evidence.id,
        controlId,
        details: { evidenceId: evidence.id, host: probe.probe.host },
      });
      continue;
    }
    checkLocationProbe(probe.probe, { latitude, longitude }).forEach((inconsistency, index) => {
      drafts.push({
        message:
          `Landmark ${inconsistency.landmarkId} answered host ${probe.probe.host} in ${formatNumber(inconsistency.rttMs, 2)} ms, ` +
          `but it is ${formatNumber(inconsistency.distanceKm, 0)} km from the declared location, which no signal can cover in under ` +
          `${formatNumber(inconsistency.minimumRttMs)} ms round trip: the host cannot be where the facility is declared (probe ${evidence.id}).`,
        // The index keeps the probe's own order: landmark ids may repeat across measurements.
        sortKey: `${evidence.id}\u0000${String(index).padStart(6, '0')}`,
        controlId,
        details: { evidenceId: evidence.id, host: probe.probe.host, measuredAt: probe.probe.measuredAt, ...inconsistency },
      });
    });
  }
  return drafts;
}
