import { api } from '../../api/client';

/** The response headers every report carries (libs/domain REPORT_HEADERS). */
export const REPORT_SIGNATURE_HEADERS = { sha256: 'X-Report-SHA256', signature: 'X-Report-Signature', keyId: 'X-Report-Key-Id' } as const;

/** The platform's public key, a JWKS; public, so anyone holding a report can check it. */
export const REPORT_PUBLIC_KEY_PATH = '/reports/public-key';

export interface ReportSignatureHeaders {
  sha256: string;
  signature: string;
  keyId: string;
}

export function signatureHeadersOf(headers: Headers): ReportSignatureHeaders | null {
  const sha256 = headers.get(REPORT_SIGNATURE_HEADERS.sha256);
  const signature = headers.get(REPORT_SIGNATURE_HEADERS.signature);
  const keyId = headers.get(REPORT_SIGNATURE_HEADERS.keyId);
  return sha256 && signature && keyId ? { sha256, signature, keyId } : null;
}

export interface BrowserCheck {
  /** The file's SHA-256 equals X-Report-SHA256. */
  digestMatches: boolean;
  /** The Ed25519 signature over that digest, under the published key named by X-Report-Key-Id. */
  signature: 'valid' | 'invalid' | 'unknown_key' | 'unsupported';
}

/**
 * The same check as `npm run cli -- verify-report`, done with the browser's Web Crypto: hash the
 * bytes as saved, and verify the signature over the raw digest with the published key.
 */
export async function checkReportInBrowser(blob: Blob, headers: ReportSignatureHeaders): Promise<BrowserCheck> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  const digestMatches = toHex(digest) === headers.sha256.toLowerCase();
  const { keys } = await api.get<{ keys: (JsonWebKey & { kid: string })[] }>(REPORT_PUBLIC_KEY_PATH);
  const jwk = keys.find((key) => key.kid === headers.keyId);
  if (!jwk?.x) return { digestMatches, signature: 'unknown_key' };
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return { digestMatches, signature: 'unsupported' };
  }
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, fromBase64(headers.signature), digest);
  return { digestMatches, signature: valid ? 'valid' : 'invalid' };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
