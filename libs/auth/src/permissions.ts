import { Role } from './roles';

/**
 * Everything a route can require. Who holds which permission is decided here and nowhere else;
 * scoping (own organisation, jurisdiction) is applied by the queries, on top of this.
 */
export const Permission = {
  AuditLogRead: 'audit-log:read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.Operator]: [],
  [Role.Auditor]: [],
  [Role.Regulator]: [Permission.AuditLogRead],
  [Role.Admin]: [Permission.AuditLogRead],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
