import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { authenticationFailure } from './authentication-unavailable';

/**
 * The login form's passport guard. Wrong credentials stay 401 and the throttle's 429 passes as it
 * is; a database that fails while the password is checked answers 503 with Retry-After.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override handleRequest<TUser>(error: unknown, user: TUser | false, info: unknown, context: never, status?: unknown): TUser {
    if (error) throw authenticationFailure(error);
    return super.handleRequest(error, user, info, context, status);
  }
}
