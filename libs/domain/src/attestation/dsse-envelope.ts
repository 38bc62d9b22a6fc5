import { createPrivateKey, sign, verify, type KeyObject } from 'node:crypto';
import { loadEd25519PublicKey } from './ed25519-public-key';
import { IN_TOTO_PAYLOAD_TYPE } from './statement';

/**
 * DSSE envelopes (https://github.com/secure-systems-lab/dsse) over a statement, signed with
 * Ed25519. The signature covers the pre-authentication encoding, which binds the payload type to
 * the payload so a signature cannot be replayed over the same bytes read as another type.
 */

export interface DsseSignature {
  keyid?: string;
  sig: string;
}

export interface DsseEnvelope {
  payloadType: string;
  payload: string;
  signatures: DsseSignature[];
}

export interface VerificationKey {
  keyId: string;
  publicKeyPem: string;
}

export type EnvelopeVerification = { ok: true; keyId: string } | { ok: false; reason: string };

/** More would only be a way to make the server spend time on signature checks. */
export const MAX_ENVELOPE_SIGNATURES = 16;

const SHAPE = 'envelope must be an object with payloadType, payload and signatures';
// DSSE allows standard or URL-safe base64, padded or not. Node's decoder skips characters it does
// not know, so the text is checked first: otherwise junk around a valid payload would pass.
const BASE64 = /^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)={0,2}$/;

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes as ASCII decimal. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const header = `DSSEv1 ${Buffer.byteLength(payloadType, 'utf8')} ${payloadType} ${payload.length} `;
  return Buffer.concat([Buffer.from(header, 'utf8'), payload]);
}

/** An in-toto DSSE envelope over `payload`, signed with an Ed25519 private key (KeyObject or PKCS8 PEM). */
export function signEnvelope(payload: Buffer, privateKey: KeyObject | string, keyId?: string): DsseEnvelope {
  const key = typeof privateKey === 'string' ? createPrivateKey({ key: privateKey, format: 'pem' }) : privateKey;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`an Ed25519 private key is required to sign, got a ${key.type} ${key.asymmetricKeyType ?? 'secret'} key`);
  }
  const sig = sign(null, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload), key).toString('base64');
  return {
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    payload: payload.toString('base64'),
    signatures: [keyId === undefined ? { sig } : { keyid: keyId, sig }],
  };
}

/**
 * Whether `envelope` (anything a client sent) is a valid in-toto envelope over exactly
 * `expectedPayload`, signed by one of `keys`. Never throws; the reason is meant for the client.
 */
export function verifyEnvelope(envelope: unknown, expectedPayload: Buffer, keys: readonly VerificationKey[]): EnvelopeVerification {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) return parsed;
  const { payloadType, payload, signatures } = parsed.envelope;

  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return refuse(`payloadType must be ${IN_TOTO_PAYLOAD_TYPE}, not ${JSON.stringify(payloadType).slice(0, 100)}`);
  const payloadBytes = decodeBase64(payload);
  if (payloadBytes === undefined) return refuse('payload must be base64');
  if (!payloadBytes.equals(expectedPayload)) return refuse('payload is not the statement of this attestation');

  const usable = keys.flatMap((entry) => {
    const loaded = loadEd25519PublicKey(entry.publicKeyPem);
    return loaded.ok ? [{ keyId: entry.keyId, key: loaded.key }] : [];
  });
  const pae = preAuthEncoding(payloadType, payloadBytes);
  const unknownKeyIds: string[] = [];
  for (const signature of signatures) {
    const sig = decodeBase64(signature.sig);
    if (sig === undefined) continue;
    // A named key is the only one tried: the signer said which key it used.
    const candidates = signature.keyid === undefined ? usable : usable.filter((entry) => entry.keyId === signature.keyid);
    if (signature.keyid !== undefined && candidates.length === 0) unknownKeyIds.push(signature.keyid);
    const match = candidates.find((entry) => verifiesWith(pae, entry.key, sig));
    if (match) return { ok: true, keyId: match.keyId };
  }
  const hint = unknownKeyIds.length > 0 ? ` (keyid ${unknownKeyIds.map((id) => JSON.stringify(id).slice(0, 80)).join(', ')} is not one of them)` : '';
  return refuse(`no signature verifies with the organisation's keys${hint}`);
}

function parseEnvelope(value: unknown): { ok: true; envelope: DsseEnvelope } | { ok: false; reason: string } {
  if (!isRecord(value)) return refuse(SHAPE);
  const { payloadType, payload, signatures } = value;
  if (typeof payloadType !== 'string' || typeof payload !== 'string' || !Array.isArray(signatures)) return refuse(SHAPE);
  if (signatures.length === 0) return refuse('signatures must hold at least one signature');
  if (signatures.length > MAX_ENVELOPE_SIGNATURES) return refuse(`signatures may hold at most ${MAX_ENVELOPE_SIGNATURES} signatures`);
  const parsed: DsseSignature[] = [];
  for (const [index, signature] of signatures.entries()) {
    if (!isRecord(signature) || typeof signature.sig !== 'string' || (signature.keyid !== undefined && typeof signature.keyid !== 'string')) {
      return refuse(`signatures[${index}] must be an object with sig (base64) and optionally keyid (string)`);
    }
    parsed.push(signature.keyid === undefined ? { sig: signature.sig } : { keyid: signature.keyid, sig: signature.sig });
  }
  return { ok: true, envelope: { payloadType, payload, signatures: parsed } };
}

function verifiesWith(pae: Buffer, key: KeyObject, sig: Buffer): boolean {
  try {
    return verify(null, pae, key, sig);
  } catch {
    return false;
  }
}

function decodeBase64(text: string): Buffer | undefined {
  if (!BASE64.test(text) || text.length % 4 === 1) return undefined;
  return Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
