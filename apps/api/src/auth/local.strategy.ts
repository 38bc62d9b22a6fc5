import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { UserEntity } from '@tiergate/persistence';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<UserEntity> {
    const address = request.ip ?? null;
    await this.throttle.assertAllowed(email, address);
    const user = await this.auth.checkCredentials(email, password, address);
    if (!user) {
      await this.throttle.recordFailure(email, address);
      // One message for unknown email, wrong password and disabled account: none of them is told apart.
      throw new UnauthorizedException('Invalid email or password');
    }
    await this.throttle.recordSuccess(email);
    return user;
  }
}
