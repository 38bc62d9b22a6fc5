import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Public keys that verify statement signatures: Ed25519 only, given as SPKI PEM, each named by a
 * key id that anyone holding the key can recompute.
 */

export type Ed25519PublicKeyResult = { ok: true; keyId: string; pem: string } | { ok: false; reason: string };

type Ed25519KeyObjectResult = { ok: true; key: KeyObject; keyId: string } | { ok: false; reason: string };

// A real SPKI PEM of an Ed25519 key is about 113 characters; this only keeps junk from being parsed.
const MAX_PEM_LENGTH = 16_384;
const PRIVATE_KEY_LABEL = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const PUBLIC_KEY_LABEL = '-----BEGIN PUBLIC KEY-----';

/**
 * sha256 hex of the key's SPKI DER encoding. Given a private key PEM, names its public half.
 * Throws when the text is not a key; `parseEd25519PublicKey` is the checking variant.
 */
export function publicKeyId(publicKeyPem: string): string {
  return keyIdOf(createPublicKey({ key: publicKeyPem, format: 'pem' }));
}

/** Checks a key an organisation registers; never throws. `pem` is the key re-encoded in a normal form. */
export function parseEd25519PublicKey(pem: string): Ed25519PublicKeyResult {
  const loaded = loadEd25519PublicKey(pem);
  if (!loaded.ok) return loaded;
  return { ok: true, keyId: loaded.keyId, pem: loaded.key.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The KeyObject behind a registered PEM, for verifying; never throws. */
export function loadEd25519PublicKey(pem: unknown): Ed25519KeyObjectResult {
  if (typeof pem !== 'string' || pem.trim() === '') return refuse('the public key must be a PEM string (-----BEGIN PUBLIC KEY-----)');
  if (pem.length > MAX_PEM_LENGTH) return refuse('the public key is far too long for an Ed25519 PEM');
  // createPublicKey would happily derive the public half of a private key; a private key pasted
  // here is a leaked secret, and saying so is worth more than accepting it.
  if (PRIVATE_KEY_LABEL.test(pem)) return refuse('this is a private key; register only the public key (-----BEGIN PUBLIC KEY-----) and keep the private key secret');
  if (pem.trimStart().startsWith('ssh-')) {
    return refuse('OpenSSH keys are not accepted; give the key as SPKI PEM (-----BEGIN PUBLIC KEY-----), e.g. from `npm run cli -- keygen`');
  }
  if (!pem.includes(PUBLIC_KEY_LABEL)) return refuse('the public key must be a PEM-encoded SPKI key (-----BEGIN PUBLIC KEY-----)');

  let key: KeyObject;
  try {
    // Keys pasted into JSON often come indented or wrapped in blank lines, which OpenSSL refuses.
    key = createPublicKey({ key: pem.trim(), format: 'pem' });
  } catch {
    return refuse('the public key is not valid PEM-encoded SPKI');
  }
  if (key.asymmetricKeyType !== 'ed25519') return refuse(`the public key is ${key.asymmetricKeyType ?? 'of an unknown type'}; only Ed25519 keys are accepted`);
  return { ok: true, key, keyId: keyIdOf(key) };
}

function keyIdOf(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
