import { createSecretKey } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '@tiergate/auth';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { UsersService } from '../users/users.service';
import { principalOf } from './principal-of-user';

export interface AccessTokenClaims {
  sub: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
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

  /** The user is read on every request, so disabling an account or changing a role takes effect at once. */
  async validate(claims: AccessTokenClaims): Promise<Principal> {
    const user = typeof claims.sub === 'string' ? await this.users.findById(claims.sub) : null;
    if (!user || user.disabled) throw new UnauthorizedException('Token is no longer valid');
    return principalOf(user);
  }
}
