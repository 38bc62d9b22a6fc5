import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { UserEntity } from '@tiergate/persistence';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<UserEntity> {
    const user = await this.auth.checkCredentials(email, password, request.ip ?? null);
    // One message for unknown email, wrong password and disabled account: none of them is told apart.
    if (!user) throw new UnauthorizedException('Invalid email or password');
    return user;
  }
}
