import { createHash, generateKeyPairSync } from 'node:crypto';
import { parseEd25519PublicKey, publicKeyId } from './ed25519-public-key';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const expectedId = createHash('sha256')
  .update(publicKey.export({ type: 'spki', format: 'der' }))
  .digest('hex');

describe('Ed25519 public keys', () => {
  it('names a key by the sha256 of its SPKI DER', () => {
    expect(publicKeyId(publicPem)).toBe(expectedId);
    expect(publicKeyId(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toBe(expectedId);
  });

  it('accepts an Ed25519 SPKI PEM and gives it back in normal form', () => {
    const padded = `\n\n  ${publicPem.replace(/\n/g, '\r\n')}\n`;
    expect(parseEd25519PublicKey(padded)).toEqual({ ok: true, keyId: expectedId, pem: publicPem });
  });

  const rsaPublic = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const ecPublic = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const rejected: [string, unknown, RegExp][] = [
    ['an RSA key', rsaPublic, /is rsa; only Ed25519/],
    ['an EC key', ecPublic, /is ec; only Ed25519/],
    ['a PKCS8 private key', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), /this is a private key/],
    ['an RSA private key', generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), /this is a private key/],
    ['an OpenSSH key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host', /OpenSSH keys are not accepted/],
    ['an empty string', '', /must be a PEM string/],
    ['garbage', 'not a key at all, just some text here', /PEM-encoded SPKI/],
    ['a corrupted PEM', publicPem.replace('MCowBQYDK2VwAyEA', 'MCowBQYDK2VwAyEA'.slice(4)), /not valid PEM-encoded SPKI/],
    ['a number', 42, /must be a PEM string/],
    ['a huge string', `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(100_000)}`, /far too long/],
  ];

  it.each(rejected)('refuses %s with a reason', (_name, pem, reason) => {
    const result = parseEd25519PublicKey(pem as string);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
