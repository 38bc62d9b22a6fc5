import type { ApiKeyEntity } from '@tiergate/persistence';

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  organizationId: string;
  createdBy: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export function toApiKeyView(apiKey: ApiKeyEntity): ApiKeyView {
  return {
    id: apiKey.id,
    name: apiKey.name,
    prefix: apiKey.prefix,
    organizationId: apiKey.organizationId,
    createdBy: apiKey.createdBy,
    scopes: apiKey.scopes,
    expiresAt: apiKey.expiresAt?.toISOString() ?? null,
    lastUsedAt: apiKey.lastUsedAt?.toISOString() ?? null,
    revokedAt: apiKey.revokedAt?.toISOString() ?? null,
    createdAt: apiKey.createdAt.toISOString(),
  };
}
