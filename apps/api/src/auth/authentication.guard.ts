import { Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { Principal } from '@tiergate/auth';
import { ApiKeysService } from '../api-keys/api-keys.service';

/**
 * Runs before the AuthorizationGuard on every route: a request with credentials (an X-Api-Key or a
 * bearer token) must present valid ones (401 otherwise); a request without any stays anonymous, and the AuthorizationGuard decides
 * whether the route allows that.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    const apiKey = request.headers['x-api-key'];
    if (apiKey !== undefined) {
      const principal = typeof apiKey === 'string' ? await this.apiKeys.authenticate(apiKey) : null;
      if (!principal) throw new UnauthorizedException('Invalid or revoked API key');
      request.user = principal;
      return true;
    }
    if (!request.headers.authorization) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error || !user) throw error instanceof UnauthorizedException ? error : new UnauthorizedException('Invalid or expired token');
    return user;
  }
}
