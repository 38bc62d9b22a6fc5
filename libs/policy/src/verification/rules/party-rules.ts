import type { FindingDraft } from '../finding-draft';
import { formatNumber, type VerificationContext } from '../verification-context';
import type { OwnerParty, PartyScreeningMatch, VerificationInput } from '../verification-input';

/** A party outside Tier 1, or in a country the policy does not list (control must be shown to sit in Tier 1). */
function outsideTier1(context: VerificationContext, country: string): boolean {
  return context.country(country)?.tier !== 1;
}

export function hqNotTier1(context: VerificationContext): FindingDraft[] {
  const { organization } = context.input;
  if (!outsideTier1(context, organization.hqCountry)) return [];
  return [
    {
      message: `The organisation ${organization.name} is headquartered in ${context.describeCountry(organization.hqCountry)}; condition C3 requires control by an entity headquartered in a Tier 1 country.`,
      sortKey: '',
      details: { organization: organization.name, country: organization.hqCountry, tier: context.country(organization.hqCountry)?.tier ?? null },
    },
  ];
}

/**
 * The ultimate controller outside Tier 1, and every direct owner that is the state of a Tier 3
 * country and controls the organisation (declared controlling at any share, or above 50%): such a
 * state is a Tier 3 controller whatever the organisation's HQ, the other owners' flags or the chain
 * say. No controller means no owner controls the organisation, so its own HQ (checked above) is
 * what counts.
 */
export function controllerNotTier1(context: VerificationContext): FindingDraft[] {
  const controller = context.input.ultimateController;
  const findings: FindingDraft[] = [];
  if (controller && outsideTier1(context, controller.country)) {
    findings.push({
      message: `The ultimate controlling parent ${controller.name} is in ${context.describeCountry(controller.country)}; condition C3 requires the controlling entity to be headquartered in Tier 1.`,
      sortKey: '',
      details: { controller: controller.name, country: controller.country, tier: context.country(controller.country)?.tier ?? null },
    });
  }
  const alreadyReported = (owner: OwnerParty) => controller !== null && findings.length > 0 && controller.name === owner.name && controller.country === owner.country;
  for (const owner of context.input.owners) {
    if (owner.kind !== 'state' || !owner.controls || context.country(owner.country)?.tier !== 3 || alreadyReported(owner)) continue;
    findings.push({
      message: `Owner ${owner.name} is the state of ${context.describeCountry(owner.country)} and controls the organisation; condition C3 rules out control by a Tier 3 state.`,
      sortKey: `owner\u0000${owner.name}`,
      details: { controller: owner.name, country: owner.country, tier: 3, kind: 'state' },
    });
  }
  return findings;
}

/**
 * Matches at or above the policy's threshold, one per screened name and listed entry (the highest
 * score kept): the caller may screen with a looser threshold for display, but only the policy's
 * threshold makes a finding.
 */
function reportableMatches(input: VerificationInput): PartyScreeningMatch[] {
  const best = new Map<string, PartyScreeningMatch>();
  for (const match of input.screeningMatches) {
    if (match.score < input.pack.screeningThreshold) continue;
    const key = matchKey(match);
    const seen = best.get(key);
    if (!seen || match.score > seen.score) best.set(key, match);
  }
  return [...best.values()];
}

function matchKey(match: PartyScreeningMatch): string {
  return `${match.subject}\u0000${match.name}\u0000${match.entryId}`;
}

/** Who the screened name is, in the words an auditor uses, with what the records say about them. */
function describeSubject(input: VerificationInput, match: PartyScreeningMatch): string {
  switch (match.subject) {
    case 'organization':
      return `The organisation "${match.name}"`;
    case 'controller':
      return `The ultimate controlling parent "${match.name}"`;
    case 'owner': {
      const owner = input.owners.find((candidate) => candidate.name === match.name);
      return owner ? `Owner "${match.name}" (${owner.country})` : `Owner "${match.name}"`;
    }
    case 'counterparty': {
      const counterparty = input.counterparties.find((candidate) => candidate.name === match.name);
      return counterparty ? `Counterparty "${match.name}" (${counterparty.relationship}, ${counterparty.country})` : `Counterparty "${match.name}"`;
    }
  }
}

function matchDetails(match: PartyScreeningMatch): Record<string, unknown> {
  return {
    subject: match.subject,
    name: match.name,
    entryId: match.entryId,
    listedName: match.listedName,
    score: match.score,
    source: match.source,
    militaryEndUser: match.militaryEndUser,
    ...(match.country ? { country: match.country } : {}),
  };
}

export function restrictedPartyMatches({ input }: VerificationContext): FindingDraft[] {
  return reportableMatches(input).map((match) => ({
    message: `${describeSubject(input, match)} matches restricted party "${match.listedName}" (entry ${match.entryId}, ${match.source}) with score ${formatNumber(match.score, 2)}.`,
    sortKey: matchKey(match),
    details: matchDetails(match),
  }));
}

export function tier3MilitaryTies({ input }: VerificationContext): FindingDraft[] {
  return reportableMatches(input)
    .filter((match) => match.militaryEndUser)
    .map((match) => ({
      message: `${describeSubject(input, match)} matches "${match.listedName}" (entry ${match.entryId}, ${match.source}, score ${formatNumber(match.score, 2)}), listed as a military or intelligence end user${match.country ? ` in ${match.country}` : ''}: a relationship with it breaches condition C1.`,
      sortKey: matchKey(match),
      details: matchDetails(match),
    }));
}
