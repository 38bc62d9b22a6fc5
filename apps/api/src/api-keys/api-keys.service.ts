import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Role, type Principal } from '@tiergate/auth';
import { ApiKeyEntity, AuditWriter } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import { paginate, type Page, type PageQuery } from '../common/pagination/page';
import { randomSecret, sameHex, sha256Hex } from '../common/secrets';

const KEY_PATTERN = /^tg_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** Returns the key record and the full key, which is never shown again. */
  async create(name: string, principal: Principal): Promise<{ apiKey: ApiKeyEntity; key: string }> {
    const prefix = randomSecret(9).replace(/[-_]/g, 'x').slice(0, 12);
    const secret = randomSecret();
    const apiKey = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ApiKeyEntity, {
          organizationId: principal.organizationId as string,
          createdBy: principal.userId,
          name,
          prefix,
          secretHash: sha256Hex(secret),
        }),
      );
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'api_key.created',
        entityType: 'api_key',
        entityId: created.id,
        payload: { name, prefix, organizationId: created.organizationId },
      });
      return created;
    });
    return { apiKey, key: `tg_${prefix}_${secret}` };
  }

  list(principal: Principal, page: PageQuery): Promise<Page<ApiKeyEntity>> {
    const query = this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('key')
      .where('key.organization_id = :organizationId', { organizationId: principal.organizationId });
    return paginate(query, page);
  }

  async revoke(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ApiKeyEntity,
        { id, organizationId: principal.organizationId as string, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw new NotFoundException(`API key ${id} not found`);
      await this.audit.append(manager, { actor: actorOf(principal), action: 'api_key.revoked', entityType: 'api_key', entityId: id });
    });
  }

  /** The principal a presented key acts as: an operator of the key's organisation; null if the key is not valid. */
  async authenticate(presented: string): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) return null;
    const apiKey = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ prefix: match[1] });
    if (!apiKey || apiKey.revokedAt || !sameHex(apiKey.secretHash, sha256Hex(match[2]))) return null;
    await this.dataSource.getRepository(ApiKeyEntity).update({ id: apiKey.id }, { lastUsedAt: new Date() });
    return { userId: apiKey.createdBy, role: Role.Operator, organizationId: apiKey.organizationId, jurisdictions: [], apiKeyId: apiKey.id };
  }
}
