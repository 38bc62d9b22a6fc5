import { Role } from './roles';

/**
 * Everything a route can require. Who holds which permission is decided here and nowhere else;
 * scoping (own organisation, jurisdiction) is applied by the queries, on top of this.
 */
export const Permission = {
  SelfRead: 'self:read',
  PolicyRead: 'policy:read',
  /** Create API keys: operators, for their organisation. */
  ApiKeysManage: 'api-keys:manage',
  /** List and revoke API keys: operators their organisation's, admins any organisation's. */
  ApiKeysRevoke: 'api-keys:revoke',
  UsersManage: 'users:manage',
  OrganizationsCreate: 'organizations:create',
  OrganizationsRead: 'organizations:read',
  OwnershipManage: 'ownership:manage',
  AuditLogRead: 'audit-log:read',
  /** Publish a policy pack and read the published versions. */
  PolicyPublish: 'policy:publish',
  /** Put an approved version into force: regulators only, so an admin cannot change the rules alone. */
  PolicyActivate: 'policy:activate',
  /** Approve a published version: a committee vote, so regulators only. */
  PolicyApprove: 'policy:approve',
  DatacentersCreate: 'datacenters:create',
  DatacentersRead: 'datacenters:read',
  InventoryManage: 'inventory:manage',
  SigningKeysManage: 'signing-keys:manage',
  /** Draft, upload evidence, sign, submit, withdraw, amend: the operator's side of an attestation. */
  AttestationsWrite: 'attestations:write',
  /** Upload and delete the evidence of a draft (a separate permission so an API key can be given only this). */
  EvidenceWrite: 'evidence:write',
  /** Attestations, their evidence and statements, within the caller's scope. */
  AttestationsRead: 'attestations:read',
  NotificationsRead: 'notifications:read',
  WebhooksManage: 'webhooks:manage',
  /** Failed background jobs: list and retry (and the queue dashboard). */
  JobsManage: 'jobs:manage',
  /** Ad-hoc restricted-party screening of names. */
  Screening: 'screening:run',
  /** The review queue: claim, release, decide, add and close findings, declare affiliations. */
  Review: 'review:work',
  /**
   * Withdraw a conflict-of-interest declaration: the declaring auditor asks, and an admin or
   * another auditor confirms (the service tells the two steps apart).
   */
  AffiliationsWithdraw: 'affiliations:withdraw',
  FindingsRead: 'findings:read',
  /** Answer a finding and mark it remediated: the operator's side. */
  FindingsRespond: 'findings:respond',
  /** The thread between an operator and the auditors on an attestation. */
  Comments: 'comments:write',
  /** Status reports, exports and evidence bundles: the regulators' view. */
  ReportsRead: 'reports:read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.Operator]: [
    Permission.SelfRead,
    Permission.PolicyRead,
    Permission.OrganizationsRead,
    Permission.OwnershipManage,
    Permission.ApiKeysManage,
    Permission.ApiKeysRevoke,
    Permission.DatacentersCreate,
    Permission.DatacentersRead,
    Permission.InventoryManage,
    Permission.SigningKeysManage,
    Permission.AttestationsWrite,
    Permission.EvidenceWrite,
    Permission.AttestationsRead,
    Permission.NotificationsRead,
    Permission.WebhooksManage,
    Permission.FindingsRead,
    Permission.FindingsRespond,
    Permission.Comments,
  ],
  [Role.Auditor]: [
    Permission.SelfRead,
    Permission.PolicyRead,
    Permission.OrganizationsRead,
    Permission.DatacentersRead,
    Permission.AttestationsRead,
    Permission.NotificationsRead,
    Permission.Screening,
    Permission.Review,
    Permission.AffiliationsWithdraw,
    Permission.FindingsRead,
    Permission.Comments,
  ],
  [Role.Regulator]: [
    Permission.SelfRead,
    Permission.PolicyRead,
    Permission.OrganizationsRead,
    Permission.AuditLogRead,
    Permission.PolicyPublish,
    Permission.PolicyApprove,
    Permission.PolicyActivate,
    Permission.DatacentersRead,
    Permission.AttestationsRead,
    Permission.NotificationsRead,
    Permission.Screening,
    Permission.FindingsRead,
    Permission.ReportsRead,
  ],
  [Role.Admin]: [
    Permission.SelfRead,
    Permission.PolicyRead,
    Permission.UsersManage,
    Permission.ApiKeysRevoke,
    Permission.OrganizationsCreate,
    Permission.OrganizationsRead,
    Permission.OwnershipManage,
    Permission.AuditLogRead,
    Permission.PolicyPublish,
    Permission.DatacentersCreate,
    Permission.DatacentersRead,
    Permission.SigningKeysManage,
    Permission.AttestationsRead,
    Permission.NotificationsRead,
    Permission.JobsManage,
    Permission.FindingsRead,
    Permission.ReportsRead,
    Permission.AffiliationsWithdraw,
  ],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
