export type OwnerKind = 'company' | 'person' | 'state';

export interface OwnerRecord {
  name: string;
  country: string;
  kind: OwnerKind;
  percent: number;
  controlling: boolean;
  /**
   * The registered organisation this owner is, when it is one. Only this link (or the exact
   * registered name of an organisation already linked into the chain) continues the chain through
   * another organisation's own records: a name alone never reaches another tenant.
   */
  organizationId?: string | null;
}

export interface OwnedEntity {
  /** Registered organisation id, when the entity is one. */
  id?: string;
  name: string;
  country: string;
  owners: OwnerRecord[];
}

export interface UltimateController {
  name: string;
  country: string;
  kind: OwnerKind;
  /** From the organisation itself up to the ultimate controller, by name. */
  chain: string[];
}

/** A share above this controls the organisation, whatever the record's `controlling` flag says. */
export const CONTROLLING_SHARE_PERCENT = 50;

/** Controls by majority share (strictly above 50%) or by being declared controlling at any share. */
export function isControlling(owner: OwnerRecord): boolean {
  return owner.controlling || owner.percent > CONTROLLING_SHARE_PERCENT;
}

/**
 * The owner the chain continues through. A majority holder controls whatever the flags say, so it
 * wins over an owner merely declared controlling (records saved before the majority rule may have both).
 */
export function controllingOwner(owners: readonly OwnerRecord[]): OwnerRecord | undefined {
  return owners.find((owner) => owner.percent > CONTROLLING_SHARE_PERCENT) ?? owners.find((owner) => owner.controlling);
}

/** Problems with one set of ownership records that field-by-field validation cannot see. */
export function ownershipProblems(owners: OwnerRecord[]): string[] {
  const problems: string[] = [];
  const total = owners.reduce((sum, owner) => sum + owner.percent, 0);
  if (total > 100 + 1e-9) problems.push(`owners' percentages add up to ${total}, more than 100`);
  if (owners.filter(isControlling).length > 1) {
    problems.push(`at most one owner can be controlling (an owner above ${CONTROLLING_SHARE_PERCENT}% is controlling)`);
  }
  return problems;
}

/** Names compare case- and space-insensitively: "Acme  Holdings" is "ACME Holdings". */
export function ownerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds the registered organisation an owner record is, if the caller knows it (by id or within its own tree). */
export type OwnerLookup = (owner: OwnerRecord) => OwnedEntity | undefined;

/**
 * Follows controlling owners (see controllingOwner) upward. An owner the lookup knows continues
 * the chain through its own records, with its registered HQ; a person, a state or an unknown owner
 * ends it, with the country the record declares, and so does a known organisation met again (a
 * cycle). Only known organisations can close a cycle: a state or person that happens to share a
 * name with an organisation in the chain is still the controller. With no controlling owner the
 * organisation controls itself.
 */
export function findUltimateController(start: OwnedEntity, lookup: OwnerLookup): UltimateController {
  let current: { name: string; country: string; kind: OwnerKind; owners: OwnerRecord[] } = { ...start, kind: 'company' };
  const chain = [start.name];
  const visited = new Set([entityKey(start)]);
  for (;;) {
    const controlling = controllingOwner(current.owners);
    const known = controlling?.kind === 'company' ? lookup(controlling) : undefined;
    if (!controlling || (known && visited.has(entityKey(known)))) {
      return { name: current.name, country: current.country, kind: current.kind, chain };
    }
    if (known) visited.add(entityKey(known));
    chain.push(controlling.name);
    current = { name: controlling.name, country: known?.country ?? controlling.country, kind: controlling.kind, owners: known?.owners ?? [] };
  }
}

/** A registered organisation is itself by id; an entity without one, by name. */
function entityKey(entity: OwnedEntity): string {
  return entity.id ? `id:${entity.id}` : `name:${ownerKey(entity.name)}`;
}
