import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditWriter, type UserEntity } from '@tiergate/persistence';
import { UnauthenticatedError } from '@tiergate/domain';
import { normalizedEmail } from '../users/email-address';
import { UsersService } from '../users/users.service';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  /** Returns the user when the credentials are right and the account is enabled; records the attempt either way. */
  async checkCredentials(email: string, password: string, address: string | null): Promise<UserEntity | null> {
    const user = await this.users.findByEmail(email);
    // Always verify a hash (a decoy for unknown emails) so the answer takes the same time.
    const passwordOk = await this.passwords.verify(user?.passwordHash, password);
    const accepted = Boolean(user && passwordOk && !user.disabled);
    await this.dataSource.transaction((manager) =>
      this.audit.append(manager, {
        actor: user ? { type: 'user', id: user.id } : { type: 'system', id: 'anonymous' },
        action: accepted ? 'auth.login_succeeded' : 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        payload: { email: normalizedEmail(email).slice(0, 254), address },
      }),
    );
    return accepted ? user : null;
  }

  /** After a successful login: a short-lived access token and the first refresh token of a new family. */
  async startSession(user: UserEntity): Promise<TokenPair> {
    const familyId = randomUUID();
    const refreshToken = await this.dataSource.transaction((manager) => this.refreshTokens.issue(manager, user.id, familyId));
    return { ...(await this.accessTokenFor(user, familyId)), refreshToken };
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findById(rotated.userId);
    if (!user || user.disabled) throw new UnauthenticatedError('Refresh token is not valid');
    return { ...(await this.accessTokenFor(user, rotated.familyId)), refreshToken: rotated.refreshToken };
  }

  /** Ends the session: its refresh tokens and, through the session check on each request, its access tokens. */
  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revokeFamilyOf(refreshToken);
  }

  /** `sid` names the session (the refresh family), so revoking the family ends its access tokens too. */
  private async accessTokenFor(user: UserEntity, familyId: string): Promise<{ accessToken: string; expiresIn: number }> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, sid: familyId }, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }
}
