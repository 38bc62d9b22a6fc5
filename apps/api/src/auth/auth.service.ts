import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditWriter, type UserEntity } from '@tiergate/persistence';
import { UsersService } from '../users/users.service';
import { PasswordHasher } from './password-hasher';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
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
        payload: { email: email.slice(0, 254).toLowerCase(), address },
      }),
    );
    return accepted ? user : null;
  }

  async issueAccessToken(user: UserEntity): Promise<{ accessToken: string; expiresIn: number }> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role }, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }
}
