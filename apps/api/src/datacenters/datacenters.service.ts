import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Role, type Principal } from '@tiergate/auth';
import { AuditWriter, DatacenterEntity, OrganizationEntity, PolicyVersionStore, applyScope, scopeOf } from '@tiergate/persistence';
import { InvalidInputError, NotFoundError, StateConflictError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { isUniqueViolation } from '../common/errors/database-errors';
import { paginate, type Page } from '../common/pagination/page';
import type { CreateDatacenterDto, DatacenterQuery } from './datacenter.dto';
import { toDatacenterView, type DatacenterView } from './datacenter.view';

/** The facility registry: registration, scoped reads with filters, and row locks for writers. */
@Injectable()
export class DatacentersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyVersionStore,
    private readonly audit: AuditWriter,
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
    const query = this.visibleTo(principal);
    if (filters.country) query.andWhere('datacenter.country_code = :country', { country: filters.country });
    if (filters.tier) query.andWhere('datacenter.country_code IN (:...tierCountries)', { tierCountries: ['--', ...policy.countryCodesOfTier(filters.tier)] });
    if (filters.status) query.andWhere('datacenter.compliance_status = :status', { status: filters.status });
    if (filters.organizationId) query.andWhere('datacenter.organization_id = :organizationId', { organizationId: filters.organizationId });
    const page = await paginate(query, filters);
    return { items: page.items.map((row) => toDatacenterView(row, policy)), nextCursor: page.nextCursor };
  }

  async get(id: string, principal: Principal): Promise<DatacenterView> {
    return toDatacenterView(await this.find(id, principal), await this.policy.active());
  }

  async find(id: string, principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<DatacenterEntity> {
    const row = await this.visibleTo(principal, manager).andWhere('datacenter.id = :id', { id }).getOne();
    if (!row) throw new NotFoundError(`Datacenter ${id} not found`);
    return row;
  }

  /** Locks the row for the rest of the transaction, so concurrent inventory writes queue up. */
  async lock(manager: EntityManager, id: string, principal: Principal): Promise<DatacenterEntity> {
    const row = await this.visibleTo(principal, manager).andWhere('datacenter.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!row) throw new NotFoundError(`Datacenter ${id} not found`);
    return row;
  }

  /** An operator registers for its own organisation; an admin names one. */
  async owningOrganization(requested: string | undefined, principal: Principal): Promise<string> {
    if (principal.role === Role.Operator) {
      if (requested && requested !== principal.organizationId) throw new NotFoundError(`Organization ${requested} not found`);
      return principal.organizationId as string;
    }
    if (!requested) throw new InvalidInputError([{ field: 'organizationId', problems: ['organizationId is required when an admin registers a datacenter'] }]);
    if (!(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: requested }))) throw new NotFoundError(`Organization ${requested} not found`);
    return requested;
  }

  private visibleTo(principal: Principal, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<DatacenterEntity> {
    const query = manager.getRepository(DatacenterEntity).createQueryBuilder('datacenter');
    return applyScope(query, scopeOf(principal), { organization: 'datacenter.organization_id', country: 'datacenter.country_code' });
  }
}
