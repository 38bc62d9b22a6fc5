import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { paginate, type Page, type PageRequest } from '../pagination';
import { applyScope, type Scope } from '../scope';
import { DatacenterEntity, type ComplianceStatus } from './datacenter.entity';

/** The filters of the facility list, beside the page to read. */
export interface DatacenterPageQuery extends PageRequest {
  country?: string;
  /** Only facilities in one of these countries (a policy tier's countries); must not be empty. */
  countryIn?: readonly string[];
  status?: ComplianceStatus;
  organizationId?: string;
}

/**
 * Reads of facilities, always within a Scope: a row outside it is absent, so a lookup of another
 * organisation's facility is the same NotFoundError as one of an id that does not exist.
 */
@Injectable()
export class DatacenterStore {
  async findVisible(manager: EntityManager, scope: Scope, id: string): Promise<DatacenterEntity> {
    return found(id, await this.visible(manager, scope).andWhere('datacenter.id = :id', { id }).getOne());
  }

  /** Locks the row for the rest of the transaction, so concurrent inventory writes queue up. */
  async lockVisible(manager: EntityManager, scope: Scope, id: string): Promise<DatacenterEntity> {
    return found(id, await this.visible(manager, scope).andWhere('datacenter.id = :id', { id }).setLock('pessimistic_write').getOne());
  }

  async page(manager: EntityManager, scope: Scope, query: DatacenterPageQuery): Promise<Page<DatacenterEntity>> {
    const rows = this.visible(manager, scope);
    if (query.country) rows.andWhere('datacenter.country_code = :country', { country: query.country });
    if (query.countryIn) rows.andWhere('datacenter.country_code IN (:...tierCountries)', { tierCountries: [...query.countryIn] });
    if (query.status) rows.andWhere('datacenter.compliance_status = :status', { status: query.status });
    if (query.organizationId) rows.andWhere('datacenter.organization_id = :organizationId', { organizationId: query.organizationId });
    return paginate(rows, query);
  }

  /** Which of `ids` are facilities the scope reaches (one that is not answers as one that does not exist). */
  async visibleAmong(manager: EntityManager, scope: Scope, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.visible(manager, scope)
      .select('datacenter.id')
      .andWhere('datacenter.id IN (:...wanted)', { wanted: [...ids] })
      .getMany();
    return new Set(rows.map((row) => row.id));
  }

  /** Locks the facility's row until the transaction ends, for a caller that reached it through a scoped read already. */
  async lockReached(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM datacenters WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Which of `names` are already taken by a facility of the organisation (names are unique per organisation). */
  async takenNames(manager: EntityManager, organizationId: string, names: string[]): Promise<Set<string>> {
    const rows = (await manager.query('SELECT name FROM datacenters WHERE organization_id = $1 AND name = ANY($2)', [organizationId, names])) as { name: string }[];
    return new Set(rows.map((row) => row.name));
  }

  /** The names of every facility of the organisation. */
  async namesIn(manager: EntityManager, organizationId: string): Promise<Set<string>> {
    const rows = (await manager.query('SELECT name FROM datacenters WHERE organization_id = $1', [organizationId])) as { name: string }[];
    return new Set(rows.map((row) => row.name));
  }

  private visible(manager: EntityManager, scope: Scope): SelectQueryBuilder<DatacenterEntity> {
    const query = manager.getRepository(DatacenterEntity).createQueryBuilder('datacenter');
    return applyScope(query, scope, { organization: 'datacenter.organization_id', country: 'datacenter.country_code' });
  }
}

function found(id: string, datacenter: DatacenterEntity | null): DatacenterEntity {
  if (!datacenter) throw new NotFoundError(`Datacenter ${id} not found`);
  return datacenter;
}
