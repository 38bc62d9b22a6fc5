import type { ExecutionContext } from '@nestjs/common';
import { ForbiddenError, UnauthenticatedError } from '@tiergate/domain';
import { Reflector } from '@nestjs/core';
import { AuthorizationGuard } from './authorization.guard';
import { Public, RequirePermission } from './decorators';
import { Permission } from './permissions';
import type { Principal } from './principal';

class Routes {
  @Public()
  open(): void {}

  @RequirePermission(Permission.AuditLogRead)
  auditLog(): void {}

  @RequirePermission(Permission.InventoryManage)
  inventory(): void {}

  @RequirePermission(Permission.WebhooksManage)
  webhooks(): void {}

  forgotten(): void {}
}

function contextFor(handler: keyof Routes, user?: Partial<Principal>): ExecutionContext {
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => ({ user }) }),
  } as unknown as ExecutionContext;
}

describe('AuthorizationGuard', () => {
  const guard = new AuthorizationGuard(new Reflector());

  it('lets anyone through a public route', () => {
    expect(guard.canActivate(contextFor('open'))).toBe(true);
  });

  it('refuses a route that declares nothing, even to an admin', () => {
    expect(() => guard.canActivate(contextFor('forgotten', { role: 'admin' }))).toThrow(ForbiddenError);
  });

  it('asks for authentication before checking the permission', () => {
    expect(() => guard.canActivate(contextFor('auditLog'))).toThrow(UnauthenticatedError);
  });

  it('allows the roles holding the permission and refuses the others', () => {
    expect(guard.canActivate(contextFor('auditLog', { role: 'regulator' }))).toBe(true);
    expect(guard.canActivate(contextFor('auditLog', { role: 'admin' }))).toBe(true);
    expect(() => guard.canActivate(contextFor('auditLog', { role: 'operator' }))).toThrow('Role operator may not audit-log:read');
    expect(() => guard.canActivate(contextFor('auditLog', { role: 'auditor' }))).toThrow(ForbiddenError);
  });

  it('narrows an API key to its scopes and refuses it person-only permissions', () => {
    const key = { role: 'operator' as const, apiKeyId: 'key-1' };
    expect(guard.canActivate(contextFor('inventory', { ...key, scopes: ['inventory:write'] }))).toBe(true);
    expect(() => guard.canActivate(contextFor('inventory', { ...key, scopes: ['read'] }))).toThrow('This API key lacks the scope inventory:write');
    expect(() => guard.canActivate(contextFor('webhooks', { ...key, scopes: ['read', 'inventory:write', 'attestations:write', 'evidence:write', 'findings:write'] }))).toThrow(ForbiddenError);
    // The same permission for the person behind the key.
    expect(guard.canActivate(contextFor('webhooks', { role: 'operator' }))).toBe(true);
  });
});
