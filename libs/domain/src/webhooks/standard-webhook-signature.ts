import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): HMAC-SHA256 over
 * "<webhook-id>.<webhook-timestamp>.<body>" with the secret's key, sent as `v1,<base64>`.
 * Receivers verify with any Standard Webhooks library, so the scheme is not ours to vary.
 */

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface StandardWebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The HMAC key a secret carries: base64 after the `whsec_` prefix (the prefix is optional, as in the reference libraries). */
export function webhookSecretKey(secret: string): Buffer {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  // Node's decoder skips characters it does not know: check the text first so a typo is not a different key.
  if (!BASE64.test(encoded)) throw new Error('webhook secret must be whsec_ followed by base64');
  return Buffer.from(encoded, 'base64');
}

/** The `webhook-signature` value for one message; `timestamp` in unix seconds. */
export function signStandardWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', webhookSecretKey(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** The three headers of a signed message. */
export function standardWebhookHeaders(secret: string, id: string, timestamp: number, body: string): StandardWebhookHeaders {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signStandardWebhook(secret, id, timestamp, body) };
}

/**
 * True when one of the space-separated `v1,` signatures matches (senders list several while rotating
 * secrets). Compared in constant time. The caller decides how old a timestamp it accepts.
 */
export function verifyStandardWebhook(secret: string, headers: StandardWebhookHeaders, body: string): boolean {
  const timestamp = Number(headers['webhook-timestamp']);
  if (!/^\d+$/.test(headers['webhook-timestamp']) || !Number.isSafeInteger(timestamp)) return false;
  const expected = Buffer.from(signStandardWebhook(secret, headers['webhook-id'], timestamp, body));
  return headers['webhook-signature']
    .split(' ')
    .map((candidate) => Buffer.from(candidate))
    .some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected));
}
