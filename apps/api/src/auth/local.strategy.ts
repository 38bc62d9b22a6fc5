import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { UserEntity } from '@tiergate/persistence';
import { InvalidInputError, UnauthenticatedError } from '@tiergate/domain';
import { normalizedEmail } from '../users/email-address';
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

  async validate(request: Request, email: unknown, password: unknown): Promise<UserEntity> {
    // Passport reads the body before the validation pipe sees it: `{"email": -1}` reached the throttle
    // and the user lookup as a number and failed there with a 500.
    if (typeof email !== 'string' || typeof password !== 'string') {
      const fields = Object.entries({ email, password }).filter(([, value]) => typeof value !== 'string');
      throw new InvalidInputError(fields.map(([field]) => ({ field, problems: [`${field} must be a string`] })));
    }
    const address = request.ip ?? null;
    // Every spelling of one address (case, full-width letters) is one account to the throttle too.
    const account = normalizedEmail(email);
    await this.throttle.assertAllowed(account, address);
    const user = await this.auth.checkCredentials(account, password, address);
    if (!user) {
      await this.throttle.recordFailure(account, address);
      // One message for unknown email, wrong password and disabled account: none of them is told apart.
      throw new UnauthenticatedError('Invalid email or password');
    }
    await this.throttle.recordSuccess(account, address);
    return user;
  }
}
