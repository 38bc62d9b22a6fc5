import { createHash, createPublicKey, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

/**
 * Detached Ed25519 signatures over reports and bundle manifests, made with the platform key.
 *
 * What is signed is the raw 32-byte SHA-256 digest of the body, not the body itself. Ed25519
 * needs the whole message in memory, and an export of every facility can be far larger than a
 * server should buffer; signing the digest lets the server hash a file as it streams and lets a
 * regulator check a report with stock tools (OpenSSL 3):
 *   openssl dgst -sha256 -binary report.csv > digest.bin
 *   echo "$X_REPORT_SIGNATURE" | base64 -d > report.sig
 *   openssl pkeyutl -verify -pubin -inkey platform.pem -rawin -in digest.bin -sigfile report.sig
 */

export const REPORT_HEADERS = {
  sha256: 'X-Report-SHA256',
  signature: 'X-Report-Signature',
  keyId: 'X-Report-Key-Id',
} as const;

export interface ReportSignature {
  /** SHA-256 of the body, lowercase hex. */
  sha256: string;
  /** Ed25519 signature over the raw digest bytes, standard base64. */
  signature: string;
  keyId: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ED25519_SIGNATURE_BYTES = 64;

export function sha256Digest(body: Buffer): Buffer {
  return createHash('sha256').update(body).digest();
}

/** Signs `body` with an Ed25519 private key; `keyId` names the key for whoever verifies. */
export function signReport(body: Buffer, key: KeyObject, keyId: string): ReportSignature {
  return signReportDigest(sha256Digest(body), key, keyId);
}

/** As `signReport`, for a digest computed while streaming the body. */
export function signReportDigest(digest: Buffer, key: KeyObject, keyId: string): ReportSignature {
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`an Ed25519 private key is required to sign reports, got a ${key.type} ${key.asymmetricKeyType ?? 'secret'} key`);
  }
  if (digest.length !== 32) throw new TypeError(`a SHA-256 digest is 32 bytes, got ${digest.length}`);
  return { sha256: digest.toString('hex'), signature: sign(null, digest, key).toString('base64'), keyId };
}

/** Whether `signature` (base64 or raw bytes) signs `body` under `publicKey`. Never throws. */
export function verifyReport(body: Buffer, signature: string | Buffer, publicKey: KeyObject | JsonWebKey): boolean {
  return verifyReportDigest(sha256Digest(body), signature, publicKey);
}

/** As `verifyReport`, for a digest computed while streaming the body. Never throws. */
export function verifyReportDigest(digest: Buffer, signature: string | Buffer, publicKey: KeyObject | JsonWebKey): boolean {
  const key = toEd25519PublicKey(publicKey);
  const sig = typeof signature === 'string' ? decodeBase64(signature.trim()) : signature;
  if (!key || !sig || sig.length !== ED25519_SIGNATURE_BYTES || digest.length !== 32) return false;
  try {
    return verify(null, digest, key, sig);
  } catch {
    return false;
  }
}

/**
 * The key's id: the full SHA-256 hex of its SPKI DER encoding — the same rule as organisation
 * keys (`publicKeyId`), so one recipe names every key in Tiergate. A private key is named by its
 * public half.
 */
export function reportKeyId(key: KeyObject | JsonWebKey): string {
  const publicKey = toEd25519PublicKey(key);
  if (!publicKey) throw new TypeError('reportKeyId needs an Ed25519 key');
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The public key as a JWK (RFC 8037: kty OKP, crv Ed25519) named by its key id. */
export function reportPublicJwk(key: KeyObject): JsonWebKey & { kid: string; alg: 'EdDSA'; use: 'sig' } {
  const publicKey = toEd25519PublicKey(key);
  if (!publicKey) throw new TypeError('reportPublicJwk needs an Ed25519 key');
  const { kty, crv, x } = publicKey.export({ format: 'jwk' });
  return { kty, crv, x, kid: reportKeyId(publicKey), alg: 'EdDSA', use: 'sig' };
}

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

function toEd25519PublicKey(key: KeyObject | JsonWebKey): KeyObject | undefined {
  try {
    const object = isKeyObject(key) ? (key.type === 'private' ? createPublicKey(key) : key) : createPublicKey({ key: publicPartOfJwk(key), format: 'jwk' });
    return object.type === 'public' && object.asymmetricKeyType === 'ed25519' ? object : undefined;
  } catch {
    return undefined;
  }
}

// A JWK carrying `d` is a private key; only its public members are ever needed to verify.
function publicPartOfJwk(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

function isKeyObject(key: KeyObject | JsonWebKey): key is KeyObject {
  return typeof (key as KeyObject).export === 'function' && typeof (key as KeyObject).type === 'string';
}

// Node's decoder skips characters it does not know, so junk around a signature must be refused first.
function decodeBase64(text: string): Buffer | undefined {
  if (!BASE64.test(text) || text.length % 4 !== 0) return undefined;
  return Buffer.from(text, 'base64');
}
