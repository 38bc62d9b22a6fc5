import { Role } from './roles';

/**
 * Everything a route can require. Who holds which permission is decided here and nowhere else;
 * scoping (own organisation, jurisdiction) is applied by the queries, on top of this.
 */
export const Permission = {
  SelfRead: 'self:read',
  PolicyRead: 'policy:read',
  ApiKeysManage: 'api-keys:manage',
  UsersManage: 'users:manage',
  OrganizationsCreate: 'organizations:create',
  OrganizationsRead: 'organizations:read',
  OwnershipManage: 'ownership:manage',
  AuditLogRead: 'audit-log:read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.Operator]: [Permission.SelfRead, Permission.PolicyRead, Permission.OrganizationsRead, Permission.OwnershipManage, Permission.ApiKeysManage],
  [Role.Auditor]: [Permission.SelfRead, Permission.PolicyRead, Permission.OrganizationsRead],
  [Role.Regulator]: [Permission.SelfRead, Permission.PolicyRead, Permission.OrganizationsRead, Permission.AuditLogRead],
  [Role.Admin]: [
    Permission.SelfRead,
    Permission.PolicyRead,
    Permission.UsersManage,
    Permission.OrganizationsCreate,
    Permission.OrganizationsRead,
    Permission.OwnershipManage,
    Permission.AuditLogRead,
  ],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
