import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { MAX_ENVELOPE_SIGNATURES, preAuthEncoding, signEnvelope, verifyEnvelope, type VerificationKey } from './dsse-envelope';
import { publicKeyId } from './ed25519-public-key';
import { IN_TOTO_PAYLOAD_TYPE } from './statement';

function keyPair(): { privateKey: KeyObject; verification: VerificationKey } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, verification: { keyId: publicKeyId(publicKeyPem), publicKeyPem } };
}

const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1","predicate":{"note":"Zürich"}}', 'utf8');
const alice = keyPair();
const bob = keyPair();

describe('DSSE pre-authentication encoding', () => {
  it('matches the example of the DSSE specification', () => {
    expect(preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString('utf8')).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('counts bytes, not characters', () => {
    expect(preAuthEncoding('t/ü', Buffer.from('☃', 'utf8')).toString('utf8')).toBe('DSSEv1 4 t/ü 3 ☃');
  });

  it('encodes an empty payload', () => {
    expect(preAuthEncoding('x', Buffer.alloc(0)).toString('utf8')).toBe('DSSEv1 1 x 0 ');
  });
});

describe('DSSE envelopes', () => {
  it('verifies what it signed, naming the key that verified', () => {
    const envelope = signEnvelope(payload, alice.privateKey, alice.verification.keyId);
    expect(envelope).toEqual({ payloadType: IN_TOTO_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyid: alice.verification.keyId, sig: expect.any(String) }] });
    expect(verifyEnvelope(envelope, payload, [bob.verification, alice.verification])).toEqual({ ok: true, keyId: alice.verification.keyId });
  });

  it('signs with a PEM private key and without a keyid', () => {
    const pem = alice.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const envelope = signEnvelope(payload, pem);
    expect(envelope.signatures[0]).not.toHaveProperty('keyid');
    expect(verifyEnvelope(envelope, payload, [bob.verification, alice.verification])).toEqual({ ok: true, keyId: alice.verification.keyId });
  });

  it('survives a JSON round trip, as it arrives over HTTP', () => {
    const envelope: unknown = JSON.parse(JSON.stringify(signEnvelope(payload, alice.privateKey)));
    expect(verifyEnvelope(envelope, payload, [alice.verification])).toEqual({ ok: true, keyId: alice.verification.keyId });
  });

  it('refuses an envelope over other bytes than the statement', () => {
    const tampered = signEnvelope(Buffer.concat([payload, Buffer.from(' ')]), alice.privateKey);
    expect(verifyEnvelope(tampered, payload, [alice.verification])).toEqual({ ok: false, reason: 'payload is not the statement of this attestation' });
  });

  it('refuses a payload swapped in under a valid signature', () => {
    const envelope = signEnvelope(payload, alice.privateKey);
    const other = Buffer.from('{"other":true}');
    expect(verifyEnvelope({ ...envelope, payload: other.toString('base64') }, other, [alice.verification])).toEqual({
      ok: false,
      reason: "no signature verifies with the organisation's keys",
    });
  });

  it("refuses a signature by a key that is not the organisation's", () => {
    expect(verifyEnvelope(signEnvelope(payload, bob.privateKey), payload, [alice.verification])).toEqual({
      ok: false,
      reason: "no signature verifies with the organisation's keys",
    });
    expect(verifyEnvelope(signEnvelope(payload, alice.privateKey), payload, [])).toMatchObject({ ok: false });
  });

  it('refuses another payloadType, which the signature also covers', () => {
    const envelope = signEnvelope(payload, alice.privateKey);
    const retyped = { ...envelope, payloadType: 'application/json' };
    expect(verifyEnvelope(retyped, payload, [alice.verification])).toEqual({ ok: false, reason: 'payloadType must be application/vnd.in-toto+json, not "application/json"' });

    // Signed honestly over another type: the signature is valid for that type, never for in-toto.
    const sig = sign(null, preAuthEncoding('application/json', payload), alice.privateKey).toString('base64');
    const forged = { payloadType: IN_TOTO_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ sig }] };
    expect(verifyEnvelope(forged, payload, [alice.verification])).toMatchObject({ ok: false });
  });

  it('tries only the key a signature names', () => {
    const named = signEnvelope(payload, alice.privateKey, bob.verification.keyId);
    expect(verifyEnvelope(named, payload, [alice.verification, bob.verification])).toEqual({ ok: false, reason: "no signature verifies with the organisation's keys" });

    const unknown = signEnvelope(payload, alice.privateKey, 'no-such-key');
    expect(verifyEnvelope(unknown, payload, [alice.verification])).toEqual({
      ok: false,
      reason: 'no signature verifies with the organisation\'s keys (keyid "no-such-key" is not one of them)',
    });
  });

  it('accepts when any one of several signatures verifies', () => {
    const good = signEnvelope(payload, alice.privateKey, alice.verification.keyId).signatures[0];
    const envelope = { ...signEnvelope(payload, bob.privateKey), signatures: [{ sig: 'AAAA' }, { keyid: 'other', sig: good.sig }, good] };
    expect(verifyEnvelope(envelope, payload, [alice.verification])).toEqual({ ok: true, keyId: alice.verification.keyId });
  });

  it('accepts URL-safe and unpadded base64, as DSSE allows', () => {
    const envelope = signEnvelope(payload, alice.privateKey);
    const urlSafe = {
      ...envelope,
      payload: payload.toString('base64url'),
      signatures: [{ sig: Buffer.from(envelope.signatures[0].sig, 'base64').toString('base64url') }],
    };
    expect(verifyEnvelope(urlSafe, payload, [alice.verification])).toMatchObject({ ok: true });
  });

  it('skips registered keys it cannot use instead of failing', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keys = [{ keyId: 'junk', publicKeyPem: 'garbage' }, { keyId: 'rsa', publicKeyPem: rsa }, alice.verification];
    expect(verifyEnvelope(signEnvelope(payload, alice.privateKey), payload, keys)).toEqual({ ok: true, keyId: alice.verification.keyId });
  });

  it('refuses to sign with anything but an Ed25519 private key', () => {
    expect(() => signEnvelope(payload, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)).toThrow(/Ed25519 private key/);
    expect(() => signEnvelope(payload, generateKeyPairSync('ed25519').publicKey)).toThrow(/Ed25519 private key/);
  });

  const valid = signEnvelope(payload, alice.privateKey);
  const SHAPE = 'envelope must be an object with payloadType, payload and signatures';
  const malformed: [string, unknown, string | RegExp][] = [
    ['undefined', undefined, SHAPE],
    ['null', null, SHAPE],
    ['a string', JSON.stringify(valid), SHAPE],
    ['a number', 42, SHAPE],
    ['an array', [valid], SHAPE],
    ['an empty object', {}, SHAPE],
    ['no payloadType', { payload: valid.payload, signatures: valid.signatures }, SHAPE],
    ['no payload', { payloadType: valid.payloadType, signatures: valid.signatures }, SHAPE],
    ['no signatures', { payloadType: valid.payloadType, payload: valid.payload }, SHAPE],
    ['payload as a number', { ...valid, payload: 12 }, SHAPE],
    ['payload as bytes', { ...valid, payload: [...payload] }, SHAPE],
    ['signatures as an object', { ...valid, signatures: valid.signatures[0] }, SHAPE],
    ['no signature at all', { ...valid, signatures: [] }, 'signatures must hold at least one signature'],
    ['too many signatures', { ...valid, signatures: Array.from({ length: MAX_ENVELOPE_SIGNATURES + 1 }, () => valid.signatures[0]) }, /at most 16/],
    ['a null signature', { ...valid, signatures: [null] }, 'signatures[0] must be an object with sig (base64) and optionally keyid (string)'],
    ['a signature without sig', { ...valid, signatures: [{ keyid: 'k' }] }, /^signatures\[0\] must be/],
    ['a numeric keyid', { ...valid, signatures: [{ keyid: 7, sig: valid.signatures[0].sig }] }, /^signatures\[0\] must be/],
    ['a string signature', { ...valid, signatures: [valid.signatures[0].sig] }, /^signatures\[0\] must be/],
    ['payload that is not base64', { ...valid, payload: `${valid.payload}!!` }, 'payload must be base64'],
    ['payload with junk inside', { ...valid, payload: `${valid.payload.slice(0, 8)} ${valid.payload.slice(8)}` }, 'payload must be base64'],
    ['payload mixing base64 alphabets', { ...valid, payload: `-+${valid.payload}` }, 'payload must be base64'],
    ['an empty payload', { ...valid, payload: '' }, 'payload is not the statement of this attestation'],
    ['a signature that is not base64', { ...valid, signatures: [{ sig: '***' }] }, "no signature verifies with the organisation's keys"],
    ['a signature of the wrong length', { ...valid, signatures: [{ sig: 'AAAA' }] }, "no signature verifies with the organisation's keys"],
    ['a payloadType of another case', { ...valid, payloadType: IN_TOTO_PAYLOAD_TYPE.toUpperCase() }, /^payloadType must be/],
  ];

  it.each(malformed)('refuses %s with a reason, never a throw', (_name, envelope, reason) => {
    const result = verifyEnvelope(envelope, payload, [alice.verification]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
