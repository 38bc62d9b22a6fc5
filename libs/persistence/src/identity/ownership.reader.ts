import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { findUltimateController, ownerKey, type OwnedEntity, type OwnerRecord, type UltimateController } from '@tiergate/domain';
import { OrganizationOwnerEntity } from './organization-owner.entity';
import { OrganizationEntity } from './organization.entity';
import type { Scope } from '../scope/scope';

/** Upper bound on how far up an ownership chain is followed (deeper real structures are exotic). */
const MAX_CHAIN_DEPTH = 20;

export interface Ownership {
  owners: OwnerRecord[];
  ultimateController: UltimateController;
}

/**
 * An organisation's owners and its ultimate controlling parent, for the api's views and the
 * verification worker. The chain only ever reads the organisation's own tree: itself and the
 * registered organisations its owner records link by id, level by level. An owner without a link
 * continues the chain only when its name is exactly the registered name of an organisation in
 * that tree, so naming another tenant ("Tenant A Ltd") never pulls that tenant's owners in.
 */
@Injectable()
export class OwnershipReader {
  constructor(private readonly dataSource: DataSource) {}

  async ownershipOf(organization: OrganizationEntity): Promise<Ownership> {
    const tree = await this.treeOf(organization);
    const own = tree.get(organization.id)?.owners ?? [];
    const byName = uniqueNames(tree);
    const lookup = (owner: OwnerRecord) => (owner.organizationId ? tree.get(owner.organizationId) : byName.get(ownerKey(owner.name)));
    return {
      owners: own,
      ultimateController: findUltimateController({ id: organization.id, name: organization.name, country: organization.hqCountry, owners: own }, lookup),
    };
  }

  /**
   * The ids among `ids` that an owner record of `organization` may link to, as seen from `scope`:
   * a caller scoped to an organisation links only within that organisation's tree (linked before,
   * by someone who sees all); a caller who sees everything links any registered organisation. Ids
   * outside the answer read as unknown, so an operator learns nothing about other tenants.
   */
  async linkableIds(scope: Scope, organization: OrganizationEntity, ids: readonly string[]): Promise<Set<string>> {
    if (scope.kind === 'all' || scope.kind === 'system') return this.registeredIds(ids);
    return new Set((await this.treeOf(organization)).keys());
  }

  /** The ids among `ids` that are registered organisations. */
  private async registeredIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(OrganizationEntity).find({ select: { id: true }, where: { id: In([...new Set(ids)]) } });
    return new Set(rows.map((row) => row.id));
  }

  /** The organisation and every organisation reachable through owners' id links, one query pair per level. */
  private async treeOf(organization: OrganizationEntity): Promise<Map<string, OwnedEntity>> {
    const tree = new Map<string, OwnedEntity>();
    let level: OrganizationEntity[] = [organization];
    for (let depth = 0; level.length > 0 && depth <= MAX_CHAIN_DEPTH; depth += 1) {
      const owners = await this.ownersOf(level.map((entry) => entry.id));
      for (const entry of level) tree.set(entry.id, { id: entry.id, name: entry.name, country: entry.hqCountry, owners: owners.get(entry.id) ?? [] });
      const next = [...new Set([...owners.values()].flat().flatMap((owner) => (owner.organizationId && !tree.has(owner.organizationId) ? [owner.organizationId] : [])))];
      level = next.length ? await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(next) }) : [];
    }
    return tree;
  }

  private async ownersOf(organizationIds: string[]): Promise<Map<string, OwnerRecord[]>> {
    const rows = organizationIds.length ? await this.dataSource.getRepository(OrganizationOwnerEntity).find({ where: { organizationId: In(organizationIds) }, order: { position: 'ASC' } }) : [];
    const byOrganization = new Map<string, OwnerRecord[]>();
    for (const row of rows) {
      const { name, country, kind, percent, controlling } = row;
      const record: OwnerRecord = { name, country, kind, percent, controlling, organizationId: row.ownerOrganizationId };
      byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), record]);
    }
    return byOrganization;
  }
}

/** Registered names in the tree that only one organisation of it bears: an ambiguous name links nothing. */
function uniqueNames(tree: ReadonlyMap<string, OwnedEntity>): Map<string, OwnedEntity> {
  const byName = new Map<string, OwnedEntity | null>();
  for (const entity of tree.values()) {
    const key = ownerKey(entity.name);
    byName.set(key, byName.has(key) ? null : entity);
  }
  return new Map([...byName].flatMap(([key, entity]) => (entity ? [[key, entity] as const] : [])));
}
