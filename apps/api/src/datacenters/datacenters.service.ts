import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, DatacenterEntity, OrganizationEntity, PolicyVersionStore, DatacenterStore, scopeOf, type Page } from '@tiergate/persistence';
import { InvalidInputError, NotFoundError, StateConflictError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { isUniqueViolation } from '../common/errors/database-errors';
import type { CreateDatacenterDto, DatacenterQuery } from './datacenter.dto';
import { toDatacenterView, type DatacenterView } from './datacenter.view';

/** The facility registry: registration, scoped reads with filters, and row locks for writers. */
@Injectable()
export class DatacentersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyVersionStore,
    private readonly audit: AuditWriter,
    private readonly store: DatacenterStore,
  ) {}

  async create(input: CreateDatacenterDto, principal: Principal): Promise<DatacenterView> {
    const organizationId = await this.owningOrganization(input.organizationId, principal);
    const row = await this.dataSource
      .transaction(async (manager) => {
        const datacenter = await manager.save(
          manager.create(DatacenterEntity, {
            organizationId,
            name: input.name,
            countryCode: input.countryCode,
            city: input.city ?? null,
            latitude: input.latitude ?? null,
            longitude: input.longitude ?? null,
          }),
        );
        await this.audit.append(manager, {
          actor: actorOf(principal),
          action: 'datacenter.created',
          entityType: 'datacenter',
          entityId: datacenter.id,
          payload: { organizationId, name: datacenter.name, countryCode: datacenter.countryCode, city: datacenter.city },
        });
        return datacenter;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new StateConflictError(`A datacenter named "${input.name}" already exists in this organisation`) : error;
      });
    return toDatacenterView(row, await this.policy.active());
  }

  async list(filters: DatacenterQuery, principal: Principal): Promise<Page<DatacenterView>> {
    const policy = await this.policy.active();
    const { tier, ...query } = filters;
    const page = await this.store.page(this.dataSource.manager, scopeOf(principal), { ...query, countryIn: tier ? ['--', ...policy.countryCodesOfTier(tier)] : undefined });
    return { items: page.items.map((row) => toDatacenterView(row, policy)), nextCursor: page.nextCursor };
  }

  async get(id: string, principal: Principal): Promise<DatacenterView> {
    return toDatacenterView(await this.find(id, principal), await this.policy.active());
  }

  async find(id: string, principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<DatacenterEntity> {
    return this.store.findVisible(manager, scopeOf(principal), id);
  }

  /** An operator registers for its own organisation; an admin names one. */
  async owningOrganization(requested: string | undefined, principal: Principal): Promise<string> {
    const scope = scopeOf(principal);
    if (scope.kind === 'organization') {
      if (requested && requested !== scope.organizationId) throw new NotFoundError(`Organization ${requested} not found`);
      return scope.organizationId as string;
    }
    if (!requested) throw new InvalidInputError([{ field: 'organizationId', problems: ['organizationId is required when an admin registers a datacenter'] }]);
    if (!(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: requested }))) throw new NotFoundError(`Organization ${requested} not found`);
    return requested;
  }
}
