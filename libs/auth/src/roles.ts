export const Role = {
  Operator: 'operator',
  Auditor: 'auditor',
  Regulator: 'regulator',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);
