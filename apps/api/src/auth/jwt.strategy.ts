import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isUUID } from 'class-validator';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '@tiergate/auth';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { UnauthenticatedError } from '@tiergate/domain';
import { principalOf } from './principal-of-user';
import { SessionReader } from './session.reader';

export interface AccessTokenClaims {
  sub: string;
  /** The session: the refresh-token family the access token was issued with. */
  sid: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionReader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // Given a string, jsonwebtoken first tries it as a PEM public key (createPublicKey, which
      // throws) on every verification: 1 ms of CPU per request. A secret KeyObject skips that;
      // passport-jwt hands it to jsonwebtoken untouched, only its types predate KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /**
   * The user and the session are read on every request (one query), so disabling an account,
   * changing a role, logging out or revoking the session takes effect at once. A failing read
   * throws, and the AuthenticationGuard answers 503 rather than calling the token bad.
   */
  async validate(claims: Partial<AccessTokenClaims>): Promise<Principal> {
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub) || typeof claims.sid !== 'string' || !isUUID(claims.sid)) {
      throw new UnauthenticatedError('Token is no longer valid');
    }
    const session = await this.sessions.read(claims.sub, claims.sid);
    if (!session || session.user.disabled || session.revoked) throw new UnauthenticatedError('Token is no longer valid');
    return principalOf(session.user);
  }
}
