import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ownershipProblems, type OwnerRecord } from '@tiergate/domain';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, OrganizationOwnerEntity, OwnershipReader, type OrganizationEntity } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import { invalidInput } from '../common/errors/invalid-input';
import type { OwnershipView } from './ownership.dto';
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

  view(organization: OrganizationEntity): Promise<OwnershipView> {
    return this.ownership.ownershipOf(organization);
  }
}
