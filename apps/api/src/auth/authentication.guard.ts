import { Injectable, Logger, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { Principal } from '@tiergate/auth';
import { UnauthenticatedError } from '@tiergate/domain';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuthenticationUnavailableError, authenticationFailure } from './authentication-unavailable';

/**
 * Runs before the AuthorizationGuard on every route: a request with credentials (an X-Api-Key or a
 * bearer token) must present valid ones (401 otherwise); a request without any stays anonymous, and the AuthorizationGuard decides
 * whether the route allows that. When the credentials cannot be checked (the database failed
 * mid-lookup) the answer is 503, not 401: the credential may well be good.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AuthenticationGuard.name);

  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    const apiKey = request.headers['x-api-key'];
    if (apiKey !== undefined) {
      const principal = typeof apiKey === 'string' ? await this.apiKeys.authenticate(apiKey).catch((error: unknown) => this.unavailable(error)) : null;
      if (!principal) throw new UnauthenticatedError('Invalid, expired or revoked API key');
      request.user = principal;
      return true;
    }
    if (!request.headers.authorization) return true;
    return (await super.canActivate(context)) as boolean;
  }

  /** Passport reports a refused token as (null, false) and a failure of validate() as (error). */
  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) this.unavailable(error);
    if (!user) throw new UnauthenticatedError('Invalid or expired token');
    return user;
  }

  private unavailable(error: unknown): never {
    const failure = authenticationFailure(error);
    if (failure instanceof AuthenticationUnavailableError) this.logger.warn(`credentials could not be checked: ${(error as Error)?.message ?? String(error)}`);
    throw failure;
  }
}
