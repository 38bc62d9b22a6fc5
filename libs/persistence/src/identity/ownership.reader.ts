import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { findUltimateController, ownerKey, type OwnedEntity, type OwnerRecord, type UltimateController } from '@tiergate/domain';
import { OrganizationOwnerEntity } from './organization-owner.entity';
import { OrganizationEntity } from './organization.entity';

/** Upper bound on how far up an ownership chain is followed (deeper real structures are exotic). */
const MAX_CHAIN_DEPTH = 20;

export interface Ownership {
  owners: OwnerRecord[];
  ultimateController: UltimateController;
}

/** An organisation's owners and its ultimate controlling parent, for the api's views and the verification worker. */
@Injectable()
export class OwnershipReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Loads the chain level by level: each step is one query for the organisations named as controllers. */
  async ownershipOf(organization: OrganizationEntity): Promise<Ownership> {
    const owners = await this.ownersOf([organization.id]);
    const known = new Map<string, OwnedEntity>();
    let frontier = (owners.get(organization.id) ?? []).filter((owner) => owner.controlling && owner.kind === 'company').map((owner) => owner.name);
    for (let depth = 0; frontier.length > 0 && depth < MAX_CHAIN_DEPTH; depth += 1) {
      const parents = await this.dataSource
        .getRepository(OrganizationEntity)
        .createQueryBuilder('organization')
        .where('lower(organization.name) IN (:...names)', { names: frontier.map(ownerKey) })
        .getMany();
      const parentOwners = await this.ownersOf(parents.map((parent) => parent.id));
      frontier = [];
      for (const parent of parents) {
        if (known.has(ownerKey(parent.name))) continue;
        const records = parentOwners.get(parent.id) ?? [];
        known.set(ownerKey(parent.name), { name: parent.name, country: parent.hqCountry, owners: records });
        frontier.push(...records.filter((owner) => owner.controlling && owner.kind === 'company' && !known.has(ownerKey(owner.name))).map((owner) => owner.name));
      }
    }
    const own = owners.get(organization.id) ?? [];
    return {
      owners: own,
      ultimateController: findUltimateController({ name: organization.name, country: organization.hqCountry, owners: own }, (name) => known.get(ownerKey(name))),
    };
  }

  private async ownersOf(organizationIds: string[]): Promise<Map<string, OwnerRecord[]>> {
    const rows = organizationIds.length
      ? await this.dataSource.getRepository(OrganizationOwnerEntity).find({ where: { organizationId: In(organizationIds) }, order: { position: 'ASC' } })
      : [];
    const byOrganization = new Map<string, OwnerRecord[]>();
    for (const row of rows) {
      const { name, country, kind, percent, controlling } = row;
      byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), { name, country, kind, percent, controlling }]);
    }
    return byOrganization;
  }
}
