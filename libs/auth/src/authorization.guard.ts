import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@tiergate/domain';
import { apiKeyRefusal } from './api-key-scopes';
import { PERMISSION_KEY, PUBLIC_KEY } from './decorators';
import { roleHasPermission, type Permission } from './permissions';
import type { Principal } from './principal';

/**
 * The one place that decides whether a route may run. Installed globally, it denies by default:
 * a route that declares neither a permission nor @Public() is refused for everyone, so a new
 * endpoint cannot be exposed by forgetting a decorator.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  private readonly logger = new Logger(AuthorizationGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no permission; refusing`);
      throw new ForbiddenError('This route is not available');
    }

    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal) throw new UnauthenticatedError('Authentication required');
    if (!roleHasPermission(principal.role, permission)) {
      throw new ForbiddenError(`Role ${principal.role} may not ${permission}`);
    }
    // A key acts for its creator's role, narrowed to its scopes; some permissions no key may use.
    if (principal.apiKeyId) {
      const refusal = apiKeyRefusal(principal.scopes ?? [], permission);
      if (refusal) throw new ForbiddenError(refusal);
    }
    return true;
  }
}
