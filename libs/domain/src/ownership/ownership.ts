export type OwnerKind = 'company' | 'person' | 'state';

export interface OwnerRecord {
  name: string;
  country: string;
  kind: OwnerKind;
  percent: number;
  controlling: boolean;
}

export interface OwnedEntity {
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

/** Problems with one set of ownership records that field-by-field validation cannot see. */
export function ownershipProblems(owners: OwnerRecord[]): string[] {
  const problems: string[] = [];
  const total = owners.reduce((sum, owner) => sum + owner.percent, 0);
  if (total > 100 + 1e-9) problems.push(`owners' percentages add up to ${total}, more than 100`);
  if (owners.filter((owner) => owner.controlling).length > 1) problems.push('at most one owner can be controlling');
  return problems;
}

/** Names compare case- and space-insensitively: "Acme  Holdings" is "ACME Holdings". */
export function ownerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Follows controlling owners upward. An owner that is itself a known organisation continues the
 * chain through its own records; a cycle or an unknown owner ends it. With no controlling owner
 * the organisation controls itself.
 */
export function findUltimateController(start: OwnedEntity, lookup: (name: string) => OwnedEntity | undefined): UltimateController {
  let current: { name: string; country: string; kind: OwnerKind; owners: OwnerRecord[] } = { ...start, kind: 'company' };
  const chain = [start.name];
  const visited = new Set([ownerKey(start.name)]);
  for (;;) {
    const controlling = current.owners.find((owner) => owner.controlling);
    if (!controlling || visited.has(ownerKey(controlling.name))) {
      return { name: current.name, country: current.country, kind: current.kind, chain };
    }
    visited.add(ownerKey(controlling.name));
    chain.push(controlling.name);
    const known = controlling.kind === 'company' ? lookup(controlling.name) : undefined;
    current = { name: controlling.name, country: known?.country ?? controlling.country, kind: controlling.kind, owners: known?.owners ?? [] };
  }
}
