import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ownershipProblems, type OwnerRecord, InvalidInputError } from '@tiergate/domain';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, OrganizationOwnerEntity, OwnershipReader, scopeOf, type OrganizationEntity } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import type { OwnershipView } from './ownership.view';
import { OrganizationsService } from './organizations.service';

@Injectable()
export class OwnershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditWriter,
    private readonly ownership: OwnershipReader,
  ) {}

  async replace(organizationId: string, owners: OwnerRecord[], principal: Principal): Promise<OwnershipView> {
    const organization = await this.organizations.get(organizationId, principal);
    const problems = ownershipProblems(owners);
    if (problems.length > 0) {
      throw new InvalidInputError([{ field: 'owners', problems }]);
    }
    await this.checkLinks(organization, owners, principal);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(OrganizationOwnerEntity, { organizationId });
      if (owners.length > 0) {
        await manager.insert(
          OrganizationOwnerEntity,
          owners.map(({ name, country, kind, percent, controlling, organizationId: linked }, position) => ({
            organizationId,
            position,
            name,
            country,
            kind,
            percent,
            controlling,
            ownerOrganizationId: linked ?? null,
          })),
        );
      }
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'organization.ownership_replaced',
        entityType: 'organization',
        entityId: organizationId,
        payload: { owners: owners.map((owner) => ({ ...owner, organizationId: owner.organizationId ?? null })) },
      });
    });
    return this.view(organization);
  }

  /**
   * A link makes the chain read the linked organisation's own records, so it is only accepted where
   * the caller's scope already reaches them (OwnershipReader.linkableIds says which).
   */
  private async checkLinks(organization: OrganizationEntity, owners: OwnerRecord[], principal: Principal): Promise<void> {
    const linked = owners.flatMap((owner, index) => (owner.organizationId ? [{ index, owner, id: owner.organizationId }] : []));
    if (linked.length === 0) return;
    const allowed = await this.ownership.linkableIds(
      scopeOf(principal),
      organization,
      linked.map((link) => link.id),
    );
    const errors = linked.flatMap(({ index, owner, id }) => {
      if (owner.kind !== 'company') return [{ field: `owners[${index}].organizationId`, problems: ['only a company owner can be a registered organisation'] }];
      if (id === organization.id) return [{ field: `owners[${index}].organizationId`, problems: ['an organisation cannot own itself'] }];
      return allowed.has(id) ? [] : [{ field: `owners[${index}].organizationId`, problems: ['no registered organisation with this id can be linked here'] }];
    });
    if (errors.length > 0) throw new InvalidInputError(errors);
  }

  async get(organizationId: string, principal: Principal): Promise<OwnershipView> {
    return this.view(await this.organizations.get(organizationId, principal));
  }

  view(organization: OrganizationEntity): Promise<OwnershipView> {
    return this.ownership.ownershipOf(organization);
  }
}
