import { createHmac, randomBytes } from 'node:crypto';
import { signStandardWebhook, standardWebhookHeaders, verifyStandardWebhook, webhookSecretKey } from './standard-webhook-signature';

// The test vector of the Standard Webhooks reference libraries.
const REFERENCE = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('Standard Webhooks signatures', () => {
  it('reproduces the reference test vector', () => {
    expect(signStandardWebhook(REFERENCE.secret, REFERENCE.id, REFERENCE.timestamp, REFERENCE.body)).toBe(REFERENCE.signature);
  });

  it('accepts the secret without its prefix, as the reference libraries do', () => {
    expect(signStandardWebhook(REFERENCE.secret.slice('whsec_'.length), REFERENCE.id, REFERENCE.timestamp, REFERENCE.body)).toBe(REFERENCE.signature);
  });

  it('signs the UTF-8 bytes of "<id>.<timestamp>.<body>" with the decoded key', () => {
    const key = randomBytes(32);
    const body = '{"title":"Zürich ✓"}';
    const independent = createHmac('sha256', key)
      .update(Buffer.from(`msg_1.1700000000.${body}`, 'utf8'))
      .digest('base64');
    expect(signStandardWebhook(`whsec_${key.toString('base64')}`, 'msg_1', 1_700_000_000, body)).toBe(`v1,${independent}`);
  });

  it('verifies what it signed, and nothing altered', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const headers = standardWebhookHeaders(secret, 'delivery-1', 1_700_000_000, '{"a":1}');
    expect(verifyStandardWebhook(secret, headers, '{"a":1}')).toBe(true);
    expect(verifyStandardWebhook(secret, headers, '{"a":2}')).toBe(false);
    expect(verifyStandardWebhook(secret, { ...headers, 'webhook-id': 'delivery-2' }, '{"a":1}')).toBe(false);
    expect(verifyStandardWebhook(secret, { ...headers, 'webhook-timestamp': '1700000001' }, '{"a":1}')).toBe(false);
    expect(verifyStandardWebhook(`whsec_${randomBytes(32).toString('base64')}`, headers, '{"a":1}')).toBe(false);
  });

  it('accepts any one of several signatures (secret rotation) and refuses a malformed timestamp', () => {
    const headers = { 'webhook-id': REFERENCE.id, 'webhook-timestamp': String(REFERENCE.timestamp), 'webhook-signature': `v1,bm9wZQ== ${REFERENCE.signature}` };
    expect(verifyStandardWebhook(REFERENCE.secret, headers, REFERENCE.body)).toBe(true);
    expect(verifyStandardWebhook(REFERENCE.secret, { ...headers, 'webhook-timestamp': '1614265330.0' }, REFERENCE.body)).toBe(false);
  });

  it('refuses a secret that is not base64', () => {
    expect(() => webhookSecretKey('whsec_not base64!')).toThrow(/base64/);
  });
});
