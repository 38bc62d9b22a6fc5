import { Permission } from './permissions';

/**
 * What an API key may be allowed to do. A key carries a subset chosen when it is created; the
 * AuthorizationGuard lets a key call a route only when the route's permission maps to one of them.
 */
export const ApiKeyScope = {
  /** Every read an operator can do: organisation, policy, datacenters, attestations, findings, notifications. */
  Read: 'read',
  /** Register datacenters and replace their accelerator inventory. */
  InventoryWrite: 'inventory:write',
  /** Draft, edit, submit, withdraw and amend attestations. */
  AttestationsWrite: 'attestations:write',
  /** Upload and delete evidence of a draft attestation. */
  EvidenceWrite: 'evidence:write',
  /** Answer findings and write in the thread with the auditors. */
  FindingsWrite: 'findings:write',
} as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];

export const ALL_API_KEY_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);

/**
 * The one map from permission to the scope a key needs for it; `null` means no key may ever use
 * the permission, whatever its scopes: those actions need a person. Typed over every permission,
 * so a new permission does not compile until someone decides whether keys get it.
 */
export const API_KEY_SCOPE_OF_PERMISSION: Record<Permission, ApiKeyScope | null> = {
  [Permission.SelfRead]: ApiKeyScope.Read,
  [Permission.PolicyRead]: ApiKeyScope.Read,
  [Permission.OrganizationsRead]: ApiKeyScope.Read,
  [Permission.DatacentersRead]: ApiKeyScope.Read,
  [Permission.AttestationsRead]: ApiKeyScope.Read,
  [Permission.NotificationsRead]: ApiKeyScope.Read,
  [Permission.FindingsRead]: ApiKeyScope.Read,
  [Permission.DatacentersCreate]: ApiKeyScope.InventoryWrite,
  [Permission.InventoryManage]: ApiKeyScope.InventoryWrite,
  [Permission.AttestationsWrite]: ApiKeyScope.AttestationsWrite,
  [Permission.EvidenceWrite]: ApiKeyScope.EvidenceWrite,
  [Permission.FindingsRespond]: ApiKeyScope.FindingsWrite,
  [Permission.Comments]: ApiKeyScope.FindingsWrite,
  // A key cannot mint keys (so a revoked key leaves no children behind), nor list or revoke them.
  [Permission.ApiKeysManage]: null,
  [Permission.ApiKeysRevoke]: null,
  // Who signs the organisation's statements, who owns it and where its events go: a person decides.
  [Permission.SigningKeysManage]: null,
  [Permission.OwnershipManage]: null,
  [Permission.WebhooksManage]: null,
  // Not an operator's permissions at all; listed so the map covers every permission.
  [Permission.UsersManage]: null,
  [Permission.OrganizationsCreate]: null,
  [Permission.AuditLogRead]: null,
  [Permission.PolicyPublish]: null,
  [Permission.PolicyActivate]: null,
  [Permission.PolicyApprove]: null,
  [Permission.JobsManage]: null,
  [Permission.Screening]: null,
  [Permission.Review]: null,
  [Permission.AffiliationsWithdraw]: null,
  [Permission.ReportsRead]: null,
};

/** The permissions no API key can use, whatever its scopes. */
export const PERSON_ONLY_PERMISSIONS: readonly Permission[] = (Object.keys(API_KEY_SCOPE_OF_PERMISSION) as Permission[]).filter((permission) => API_KEY_SCOPE_OF_PERMISSION[permission] === null);

/** Null when a key with these scopes may use the permission; otherwise why not. */
export function apiKeyRefusal(scopes: readonly string[], permission: Permission): string | null {
  const needed = API_KEY_SCOPE_OF_PERMISSION[permission];
  if (needed === null || needed === undefined) return `An API key may not ${permission}; sign in as a person`;
  return scopes.includes(needed) ? null : `This API key lacks the scope ${needed} (needed for ${permission})`;
}
