import { Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';

/**
 * Runs before the AuthorizationGuard on every route: a request with credentials must present valid
 * ones (401 otherwise); a request without any stays anonymous, and the AuthorizationGuard decides
 * whether the route allows that.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.headers.authorization) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error || !user) throw error instanceof UnauthorizedException ? error : new UnauthorizedException('Invalid or expired token');
    return user;
  }
}
