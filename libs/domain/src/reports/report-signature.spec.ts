import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { REPORT_HEADERS, reportKeyId, reportPublicJwk, signReport, signReportDigest, verifyReport, verifyReportDigest } from './report-signature';

describe('report signatures', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const body = Buffer.from('country,facilities\nDE,3\nFR,1\n');
  const keyId = reportKeyId(publicKey);

  it('signs the raw SHA-256 digest of the body, so stock Ed25519 tools verify it', () => {
    const signed = signReport(body, privateKey, keyId);
    const digest = createHash('sha256').update(body).digest();
    expect(signed).toEqual({ sha256: digest.toString('hex'), signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/), keyId });
    expect(verify(null, digest, publicKey, Buffer.from(signed.signature, 'base64'))).toBe(true);
  });

  it('verifies with the public key as a KeyObject, a JWK, or the private key itself', () => {
    const { signature } = signReport(body, privateKey, keyId);
    expect(verifyReport(body, signature, publicKey)).toBe(true);
    expect(verifyReport(body, signature, reportPublicJwk(privateKey))).toBe(true);
    expect(verifyReport(body, Buffer.from(signature, 'base64'), privateKey)).toBe(true);
  });

  it('fails after one byte of the body changes, under another key, and for junk signatures', () => {
    const { signature } = signReport(body, privateKey, keyId);
    const tampered = Buffer.from(body);
    tampered[5] ^= 0x01;
    expect(verifyReport(tampered, signature, publicKey)).toBe(false);
    expect(verifyReport(body, signature, other.publicKey)).toBe(false);
    expect(verifyReport(body, `${signature}!`, publicKey)).toBe(false);
    expect(verifyReport(body, signature.slice(4), publicKey)).toBe(false);
    expect(verifyReport(body, '', publicKey)).toBe(false);
    expect(verifyReport(body, signature, { kty: 'OKP', crv: 'Ed25519', x: 'not-a-key' })).toBe(false);
    expect(verifyReport(body, signature, { kty: 'RSA', n: 'AQAB', e: 'AQAB' })).toBe(false);
  });

  it('gives the same signature for a digest computed while streaming', () => {
    const digest = createHash('sha256').update(body.subarray(0, 7)).update(body.subarray(7)).digest();
    const streamed = signReportDigest(digest, privateKey, keyId);
    expect(streamed).toEqual(signReport(body, privateKey, keyId));
    expect(verifyReportDigest(digest, streamed.signature, publicKey)).toBe(true);
  });

  it('refuses to sign with anything but an Ed25519 private key', () => {
    expect(() => signReport(body, publicKey, keyId)).toThrow(/Ed25519 private key/);
    expect(() => signReport(body, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, keyId)).toThrow(/Ed25519 private key/);
  });

  it('names a key by the full SHA-256 of its SPKI DER, the same for its private half and its JWK', () => {
    const der = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
    expect(keyId).toBe(createHash('sha256').update(der).digest('hex'));
    expect(reportKeyId(privateKey)).toBe(keyId);
    expect(reportKeyId(reportPublicJwk(privateKey))).toBe(keyId);
  });

  it('serves the public key as an OKP JWK with kid and never the private part', () => {
    const jwk = reportPublicJwk(privateKey);
    expect(jwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: keyId, alg: 'EdDSA', use: 'sig' });
    expect(jwk).not.toHaveProperty('d');
  });

  it('names the headers reports carry', () => {
    expect(REPORT_HEADERS).toEqual({ sha256: 'X-Report-SHA256', signature: 'X-Report-Signature', keyId: 'X-Report-Key-Id' });
  });
});
