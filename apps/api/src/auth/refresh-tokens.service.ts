import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '@tiergate/config';
import { AuditWriter, RefreshTokenEntity } from '@tiergate/persistence';
import { UnauthenticatedError } from '@tiergate/domain';
import { randomSecret, sha256Hex } from '../common/secrets';
import { RefreshTokenStore } from './refresh-token.store';

export const REFRESH_TOKEN_TTL_DAYS = 30;

type RotationOutcome = { userId: string; familyId: string; refreshToken: string } | { reused: true } | { invalid: true };

@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly tokens: RefreshTokenStore,
  ) {}

  /** Starts a new family (at login) or continues one (at rotation). Returns the opaque token, shown once. */
  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<string> {
    const token = randomSecret();
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(this.clock.now().getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    return token;
  }

  /**
   * Spends a refresh token and issues its successor. A token presented a second time means it was
   * copied: the whole family is revoked, for the thief and the owner alike.
   */
  async rotate(token: string): Promise<{ userId: string; familyId: string; refreshToken: string }> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<RotationOutcome> => {
      const current = await this.tokens.lockByHash(manager, sha256Hex(token));
      if (!current || current.revokedAt || current.expiresAt.getTime() <= this.clock.now().getTime()) return { invalid: true };
      if (current.usedAt) {
        await this.revokeFamilyIn(manager, current, 'reuse');
        return { reused: true };
      }
      await manager.update(RefreshTokenEntity, { id: current.id }, { usedAt: this.clock.now() });
      return { userId: current.userId, familyId: current.familyId, refreshToken: await this.issue(manager, current.userId, current.familyId) };
    });
    if ('invalid' in outcome) throw new UnauthenticatedError('Refresh token is not valid');
    if ('reused' in outcome) throw new UnauthenticatedError('Refresh token was already used; its session has been revoked');
    return outcome;
  }

  /** Logout: the token's whole family stops working. Unknown tokens are ignored (nothing to revoke). */
  async revokeFamilyOf(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256Hex(token) });
      if (current) await this.revokeFamilyIn(manager, current, 'logout');
    });
  }

  private async revokeFamilyIn(manager: EntityManager, token: RefreshTokenEntity, reason: 'reuse' | 'logout'): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    await this.audit.append(manager, {
      actor: { type: 'user', id: token.userId },
      action: 'auth.token_family_revoked',
      entityType: 'user',
      entityId: token.userId,
      payload: { familyId: token.familyId, reason },
    });
  }
}
