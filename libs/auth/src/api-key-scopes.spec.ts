import { ALL_API_KEY_SCOPES, API_KEY_SCOPE_OF_PERMISSION, PERSON_ONLY_PERMISSIONS, apiKeyRefusal } from './api-key-scopes';
import { Permission, ROLE_PERMISSIONS } from './permissions';

describe('API key scopes', () => {
  it('never lets a key create or revoke keys, replace signing keys, change ownership or manage webhooks', () => {
    for (const permission of [Permission.ApiKeysManage, Permission.ApiKeysRevoke, Permission.SigningKeysManage, Permission.OwnershipManage, Permission.WebhooksManage]) {
      expect(PERSON_ONLY_PERMISSIONS).toContain(permission);
      expect(apiKeyRefusal(ALL_API_KEY_SCOPES, permission)).toMatch(/sign in as a person/);
    }
  });

  it('gives every scope some operator permission, so no scope of the list is dead', () => {
    for (const scope of ALL_API_KEY_SCOPES) {
      expect(ROLE_PERMISSIONS.operator.some((permission) => API_KEY_SCOPE_OF_PERMISSION[permission] === scope)).toBe(true);
    }
  });

  it('grants a permission only with its own scope', () => {
    expect(apiKeyRefusal(['read'], Permission.DatacentersRead)).toBeNull();
    expect(apiKeyRefusal(['read'], Permission.InventoryManage)).toMatch(/lacks the scope inventory:write/);
    expect(apiKeyRefusal(['attestations:write'], Permission.EvidenceWrite)).toMatch(/lacks the scope evidence:write/);
    expect(apiKeyRefusal(['evidence:write'], Permission.EvidenceWrite)).toBeNull();
    expect(apiKeyRefusal([], Permission.SelfRead)).toMatch(/lacks the scope read/);
  });
});
