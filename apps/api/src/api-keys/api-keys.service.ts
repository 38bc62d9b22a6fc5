import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '@tiergate/config';
import { Role, type ApiKeyScope, type Principal } from '@tiergate/auth';
import { ApiKeyEntity, AuditWriter, scopeOf, type Page } from '@tiergate/persistence';
import { InvalidInputError, NotFoundError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { randomSecret, sameHex, sha256Hex } from '../common/secrets';
import type { ApiKeyListQuery } from './api-key.dto';
import { ApiKeyStore } from './api-key.store';

const KEY_PATTERN = /^tg_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly keys: ApiKeyStore,
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

  /** Operators (scope: their organisation): its keys (another organisation named → 404). Admins (scope: all): any organisation's, or all. */
  list(principal: Principal, query: ApiKeyListQuery): Promise<Page<ApiKeyEntity>> {
    const scope = scopeOf(principal);
    if (scope.kind === 'organization' && query.organizationId !== undefined && query.organizationId !== scope.organizationId) {
      throw new NotFoundError(`Organization ${query.organizationId} not found`);
    }
    return this.keys.page(this.dataSource.manager, scope, query);
  }

  /** Operators revoke their organisation's keys; admins any key (audited as the admin's act). */
  async revoke(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scope = scopeOf(principal);
      const owner = scope.kind === 'organization' ? { organizationId: scope.organizationId as string } : {};
      const key = await manager.getRepository(ApiKeyEntity).findOne({ where: { id, ...owner, revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
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
    const apiKey = await this.keys.findUsable(this.dataSource.manager, match[1]);
    if (!apiKey || !sameHex(apiKey.secretHash, sha256Hex(match[2]))) return null;
    await this.keys.touch(this.dataSource.manager, apiKey.id);
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
