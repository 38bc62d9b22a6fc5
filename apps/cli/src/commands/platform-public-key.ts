import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { reportKeyId } from '@tiergate/domain';
import { readInputFile } from './input-file';

/** A key that may have signed a report or bundle, named as the platform names it. */
export interface PlatformKey {
  keyId: string;
  key: KeyObject;
}

/**
 * The platform's public keys from what a regulator saved: the JWKS of GET /reports/public-key, a
 * single JWK, or an SPKI PEM. Key ids are recomputed from the keys, never taken from `kid`: a
 * `kid` is only a label anyone could have edited.
 */
export function parsePlatformKeys(text: string): PlatformKey[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    if (/PRIVATE KEY-----/.test(trimmed)) throw new Error('this is a private key; verify with the public key from GET /api/v1/reports/public-key');
    return [named(createPublicKey({ key: trimmed, format: 'pem' }))];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new Error('the public key must be the JWKS from GET /api/v1/reports/public-key, a JWK, or an SPKI PEM');
  }
  const jwks = isRecord(parsed) && Array.isArray(parsed.keys) ? (parsed.keys as unknown[]) : [parsed];
  const keys = jwks.flatMap((jwk) => {
    if (!isRecord(jwk) || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') return [];
    return [named(createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x } satisfies JsonWebKey, format: 'jwk' }))];
  });
  if (keys.length === 0) throw new Error('no Ed25519 key (kty OKP, crv Ed25519) in the public key file');
  return keys;
}

export async function readPlatformKeys(path: string): Promise<PlatformKey[]> {
  const text = (await readInputFile(path, 'public key')).toString('utf8');
  try {
    return parsePlatformKeys(text);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function named(key: KeyObject): PlatformKey {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the public key is ${key.asymmetricKeyType ?? 'of an unknown type'}; the platform signs with Ed25519`);
  return { keyId: reportKeyId(key), key };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
