import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { findUltimateController, ownerKey, ownershipProblems, type OwnedEntity, type OwnerRecord } from '@tiergate/domain';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, OrganizationEntity, OrganizationOwnerEntity } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import { invalidInput } from '../common/errors/invalid-input';
import type { OwnershipView } from './ownership.dto';
import { OrganizationsService } from './organizations.service';

/** Upper bound on how far up an ownership chain is followed (deeper real structures are exotic). */
const MAX_CHAIN_DEPTH = 20;

@Injectable()
export class OwnershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditWriter,
  ) {}

  async replace(organizationId: string, owners: OwnerRecord[], principal: Principal): Promise<OwnershipView> {
    const organization = await this.organizations.get(organizationId, principal);
    const problems = ownershipProblems(owners);
    if (problems.length > 0) {
      throw invalidInput([{ field: 'owners', problems }]);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(OrganizationOwnerEntity, { organizationId });
      if (owners.length > 0) {
        await manager.insert(
          OrganizationOwnerEntity,
          owners.map((owner, position) => ({ organizationId, position, ...owner })),
        );
      }
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'organization.ownership_replaced',
        entityType: 'organization',
        entityId: organizationId,
        payload: { owners: owners.map((owner) => ({ ...owner })) },
      });
    });
    return this.view(organization);
  }

  async get(organizationId: string, principal: Principal): Promise<OwnershipView> {
    return this.view(await this.organizations.get(organizationId, principal));
  }

  /** Loads the chain level by level: each step is one query for the organisations named as controllers. */
  async view(organization: OrganizationEntity): Promise<OwnershipView> {
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
