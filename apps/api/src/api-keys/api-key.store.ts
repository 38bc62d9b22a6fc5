import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@tiergate/auth';
import { ApiKeyEntity, applyScope, paginate, UserEntity, type Page, type PageRequest, type Scope } from '@tiergate/persistence';

/** lastUsedAt is a hint for people, not a log: written at most this often, not on every request. */
const LAST_USED_RESOLUTION = '1 minute';

/** The filter of the key list, beside the page to read. */
export interface ApiKeyPageQuery extends PageRequest {
  organizationId?: string;
}

/** API keys: their list within a Scope, and the lookups of a presented key. */
@Injectable()
export class ApiKeyStore {
  /** A page of the keys the scope reaches (a key belongs to its organisation), of one organisation when given. */
  async page(manager: EntityManager, scope: Scope, query: ApiKeyPageQuery): Promise<Page<ApiKeyEntity>> {
    const rows = applyScope(manager.getRepository(ApiKeyEntity).createQueryBuilder('key'), scope, { organization: 'key.organization_id' });
    if (query.organizationId) rows.andWhere('key.organization_id = :organizationId', { organizationId: query.organizationId });
    return paginate(rows, query);
  }

  /** The unrevoked, unexpired key with this prefix whose creator is still an enabled operator of its organisation; null otherwise. */
  async findUsable(manager: EntityManager, prefix: string): Promise<ApiKeyEntity | null> {
    return manager
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('key')
      .innerJoin(UserEntity, 'creator', 'creator.id = key.created_by AND creator.disabled = false AND creator.role = :operator AND creator.organization_id = key.organization_id', {
        operator: Role.Operator,
      })
      .where('key.prefix = :prefix', { prefix })
      .andWhere('key.revoked_at IS NULL')
      .andWhere('(key.expires_at IS NULL OR key.expires_at > now())')
      .getOne();
  }

  /** Records that the key was used, unless that was recorded within the last LAST_USED_RESOLUTION. */
  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`, [id]);
  }
}
