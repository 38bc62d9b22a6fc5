import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@tiergate/auth';
import { UnauthenticatedError } from '@tiergate/domain';

/** The authenticated caller; routes using it are never public, so its absence is a bug in the route. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
  if (!principal) throw new UnauthenticatedError('Authentication required');
  return principal;
});
