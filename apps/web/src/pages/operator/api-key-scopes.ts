/** The scopes an API key can be given (the API's list, libs/auth api-key-scopes), with what each lets a key do. */
export const API_KEY_SCOPE_CHOICES = [
  { scope: 'read', label: 'Read', hint: 'organisation, datacenters, attestations, findings, notifications' },
  { scope: 'inventory:write', label: 'Inventory', hint: 'register datacenters and replace their inventory' },
  { scope: 'attestations:write', label: 'Attestations', hint: 'draft, submit, withdraw and amend' },
  { scope: 'evidence:write', label: 'Evidence', hint: 'upload and delete evidence of a draft' },
  { scope: 'findings:write', label: 'Findings and comments', hint: 'answer findings, write to the auditors' },
] as const;
