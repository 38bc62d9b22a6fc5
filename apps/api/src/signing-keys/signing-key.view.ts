import type { SigningKeyEntity } from '@tiergate/persistence';

export interface SigningKeyView {
  keyId: string;
  name: string | null;
  publicKeyPem: string;
  createdAt: string;
}

export function toSigningKeyView(row: SigningKeyEntity): SigningKeyView {
  return { keyId: row.keyId, name: row.name, publicKeyPem: row.publicKeyPem, createdAt: row.createdAt.toISOString() };
}
