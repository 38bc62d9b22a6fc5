import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAttestationStatement, statementBytes, verifyEnvelope } from '@tiergate/domain';
import { UsageError } from './command-args';
import { generateSigningKeyPair, writeSigningKeyPair } from './keygen.command';
import { parseSignArgs, sign, signStatement, signStatementFiles } from './sign.command';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

const statement = statementBytes(
  buildAttestationStatement({
    attestationId: 'att-1',
    version: 1,
    organizationId: 'org-1',
    datacenter: { id: 'dc-1', name: 'Frankfurt One', countryCode: 'DE' },
    policyVersion: { id: 'pv-1', version: '1.0.0' },
    claims: [{ controlId: 'C2-HW-ORIGIN', status: 'compliant', statement: 'no prohibited hardware' }],
    counterparties: [],
    evidence: [{ id: 'ev-1', sha256: sha('file'), type: 'hardware_inventory', controlIds: ['C2-HW-ORIGIN'], mediaType: 'text/csv', size: 4 }],
    inventoryDigest: sha('[]'),
  }),
);

describe('sign command', () => {
  let dir: string;
  let statementPath: string;
  let keyPath: string;
  let publicKeyPem: string;
  let keyId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiergate-sign-'));
    statementPath = join(dir, 'statement.json');
    await writeFile(statementPath, statement);
    const pair = generateSigningKeyPair();
    const written = await writeSigningKeyPair(join(dir, 'officer'), pair);
    keyPath = written.privateKeyPath;
    publicKeyPem = pair.publicKeyPem;
    keyId = pair.keyId;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('signs the statement file into an envelope the api verifies', async () => {
    const signed = await signStatementFiles({ statementPath, keyPath });
    expect(signed.keyId).toBe(keyId);
    expect(signed.statementSha256).toBe(createHash('sha256').update(statement).digest('hex'));
    expect(signed.envelope.signatures).toEqual([{ keyid: keyId, sig: expect.any(String) }]);
    expect(verifyEnvelope(JSON.parse(JSON.stringify(signed.envelope)), statement, [{ keyId, publicKeyPem }])).toEqual({ ok: true, keyId });
  });

  it('writes the envelope to --out', async () => {
    const outPath = join(dir, 'envelope.json');
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await sign(['--statement', statementPath, '--key', keyPath, '--out', outPath]);
    } finally {
      stderr.mockRestore();
    }
    const envelope: unknown = JSON.parse(await readFile(outPath, 'utf8'));
    expect(verifyEnvelope(envelope, statement, [{ keyId, publicKeyPem }])).toEqual({ ok: true, keyId });
  });

  it('accepts the key id that matches the key and refuses another', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const own = signStatement(statement, pem).keyId;
    expect(signStatement(statement, pem, own).envelope.signatures[0].keyid).toBe(own);
    expect(() => signStatement(statement, pem, 'officer-2025')).toThrow(/--keyid officer-2025 is not the id of this key/);
  });

  it('refuses a statement that is not byte for byte as served', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pretty = Buffer.from(JSON.stringify(JSON.parse(statement.toString('utf8')), null, 2));
    expect(() => signStatement(Buffer.concat([statement, Buffer.from('\n')]), pem)).toThrow(/not byte for byte/);
    expect(() => signStatement(pretty, pem)).toThrow(/not byte for byte/);
    expect(() => signStatement(Buffer.from('{"_type":"x"}'), pem)).toThrow(/not an in-toto Statement v1/);
    expect(() => signStatement(Buffer.from('<html>'), pem)).toThrow(/not JSON/);
  });

  it('refuses keys that cannot sign a statement', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => signStatement(statement, rsa)).toThrow(/this key is rsa; statements are signed with Ed25519 keys only/);
    expect(() => signStatement(statement, publicKeyPem)).toThrow(/this is a public key/);
    expect(() => signStatement(statement, 'hello')).toThrow(/not a readable PEM private key/);
  });

  it('names the file it cannot read', async () => {
    await expect(signStatementFiles({ statementPath: join(dir, 'missing.json'), keyPath })).rejects.toThrow(`cannot read statement file ${join(dir, 'missing.json')}: no such file`);
    await expect(signStatementFiles({ statementPath, keyPath: dir })).rejects.toThrow(`cannot read key file ${dir}: it is a directory`);
  });

  it('names the key file when the key is unusable', async () => {
    await expect(signStatementFiles({ statementPath, keyPath: statementPath })).rejects.toThrow(`cannot sign ${statementPath} with ${statementPath}: not a readable PEM private key`);
  });

  it('parses its arguments', () => {
    expect(parseSignArgs(['--statement', 's.json', '--key', 'k.key'])).toEqual({ statementPath: 's.json', keyPath: 'k.key' });
    expect(parseSignArgs(['--statement=s.json', '--key', 'k.key', '--keyid', 'id', '--out', 'e.json'])).toEqual({
      statementPath: 's.json',
      keyPath: 'k.key',
      keyId: 'id',
      outPath: 'e.json',
    });
  });

  it.each([
    [[], '--statement is required'],
    [['--statement', 's.json'], '--key is required'],
    [['--key', 'k.key', '--statement', ''], '--statement is required'],
    [['--statement', 's.json', '--key', 'k.key', '--sign-harder'], /Unknown option '--sign-harder'/],
    [['--statement', 's.json', '--key', 'k.key', 'extra'], /Unexpected argument 'extra'/],
    [['--statement'], /argument missing/],
  ])('calls %j a usage error', (args, message) => {
    let thrown: unknown;
    try {
      parseSignArgs(args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toMatch(message);
    expect((thrown as UsageError).usage).toMatch(/^usage: npm run cli -- sign/);
  });
});
