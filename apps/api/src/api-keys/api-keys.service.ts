import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '@tiergate/config';
import { Role, type ApiKeyScope, type Principal } from '@tiergate/auth';
import { ApiKeyEntity, AuditWriter, UserEntity, paginate, type Page } from '@tiergate/persistence';
import { InvalidInputError, NotFoundError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { randomSecret, sameHex, sha256Hex } from '../common/secrets';
import type { ApiKeyListQuery } from './api-key.dto';

const KEY_PATTERN = /^tg_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** lastUsedAt is a hint for people, not a log: written at most this often, not on every request. */
const LAST_USED_RESOLUTION = '1 minute';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /** Returns the key record and the full key, which is never shown again. */
  async create(input: { name: string; scopes: ApiKeyScope[]; expiresAt?: string }, principal: Principal): Promise<{ apiKey: ApiKeyEntity; key: string }> {
    const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt);
    if (expiresAt && !(expiresAt.getTime() > this.clock.now().getTime())) {
      throw new InvalidInputError([{ field: 'expiresAt', problems: ['expiresAt must be in the future'] }]);
    }
    const prefix = randomSecret(9).replace(/[-_]/g, 'x').slice(0, 12);
    const secret = randomSecret();
    const apiKey = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ApiKeyEntity, {
          organizationId: principal.organizationId as string,
          createdBy: principal.userId,
          name: input.name,
          scopes: [...input.scopes],
          expiresAt,
          prefix,
          secretHash: sha256Hex(secret),
        }),
      );
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'api_key.created',
        entityType: 'api_key',
        entityId: created.id,
        payload: { name: input.name, prefix, organizationId: created.organizationId, scopes: created.scopes, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return created;
    });
    return { apiKey, key: `tg_${prefix}_${secret}` };
  }

  /** Operators: their organisation's keys (another organisation named → 404). Admins: any organisation's, or all. */
  list(principal: Principal, query: ApiKeyListQuery): Promise<Page<ApiKeyEntity>> {
    const organizationId = principal.role === Role.Admin ? query.organizationId : principal.organizationId;
    if (principal.role !== Role.Admin && query.organizationId !== undefined && query.organizationId !== principal.organizationId) {
      throw new NotFoundError(`Organization ${query.organizationId} not found`);
    }
    const builder = this.dataSource.getRepository(ApiKeyEntity).createQueryBuilder('key');
    if (organizationId) builder.where('key.organization_id = :organizationId', { organizationId });
    return paginate(builder, query);
  }

  /** Operators revoke their organisation's keys; admins any key (audited as the admin's act). */
  async revoke(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scope = principal.role === Role.Admin ? {} : { organizationId: principal.organizationId as string };
      const key = await manager.getRepository(ApiKeyEntity).findOne({ where: { id, ...scope, revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new NotFoundError(`API key ${id} not found`);
      await manager.update(ApiKeyEntity, { id }, { revokedAt: this.clock.now() });
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'api_key.revoked',
        entityType: 'api_key',
        entityId: id,
        payload: { organizationId: key.organizationId, revokedBy: principal.role },
      });
    });
  }

  /**
   * The principal a presented key acts as, or null if the key is not valid: unknown, revoked,
   * expired, or its creator is no longer an enabled operator of the key's organisation (checked on
   * every request, like a user's tokens). A failing database throws: that is "could not check".
   */
  async authenticate(presented: string): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) return null;
    const apiKey = await this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('key')
      .innerJoin(UserEntity, 'creator', 'creator.id = key.created_by AND creator.disabled = false AND creator.role = :operator AND creator.organization_id = key.organization_id', {
        operator: Role.Operator,
      })
      .where('key.prefix = :prefix', { prefix: match[1] })
      .andWhere('key.revoked_at IS NULL')
      .andWhere('(key.expires_at IS NULL OR key.expires_at > now())')
      .getOne();
    if (!apiKey || !sameHex(apiKey.secretHash, sha256Hex(match[2]))) return null;
    await this.dataSource.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_RESOLUTION}')`, [apiKey.id]);
    return {
      userId: apiKey.createdBy,
      role: Role.Operator,
      organizationId: apiKey.organizationId,
      jurisdictions: [],
      apiKeyId: apiKey.id,
      scopes: apiKey.scopes as ApiKeyScope[],
    };
  }
}
