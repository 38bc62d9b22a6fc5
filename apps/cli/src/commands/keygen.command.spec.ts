import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEd25519PublicKey } from '@tiergate/domain';
import { UsageError } from './command-args';
import { generateSigningKeyPair, keygen, writeSigningKeyPair } from './keygen.command';

describe('keygen command', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiergate-keygen-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes an Ed25519 pair named as the api names registered keys', () => {
    const pair = generateSigningKeyPair();
    expect(parseEd25519PublicKey(pair.publicKeyPem)).toEqual({ ok: true, keyId: pair.keyId, pem: pair.publicKeyPem });
    const derived = createPublicKey(createPrivateKey(pair.privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
    expect(derived).toBe(pair.publicKeyPem);
  });

  it('writes the private key readable by its owner only', async () => {
    const written = await writeSigningKeyPair(join(dir, 'officer'), generateSigningKeyPair());
    expect(written.privateKeyPath).toBe(join(dir, 'officer.key'));
    expect((await stat(written.privateKeyPath)).mode & 0o777).toBe(0o600);
    expect(await readFile(written.privateKeyPath, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(await readFile(written.publicKeyPath, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('never overwrites an existing key, and leaves no half pair behind', async () => {
    const prefix = join(dir, 'officer');
    await writeFile(`${prefix}.key`, 'precious');
    await expect(writeSigningKeyPair(prefix, generateSigningKeyPair())).rejects.toThrow(`${prefix}.key already exists`);
    expect(await readFile(`${prefix}.key`, 'utf8')).toBe('precious');

    const other = join(dir, 'second');
    await writeFile(`${other}.pub`, 'old public key');
    await expect(writeSigningKeyPair(other, generateSigningKeyPair())).rejects.toThrow(`${other}.pub already exists`);
    await expect(stat(`${other}.key`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says when the directory is missing', async () => {
    await expect(writeSigningKeyPair(join(dir, 'nope', 'officer'), generateSigningKeyPair())).rejects.toThrow(/its directory does not exist/);
  });

  it('prints the key id', async () => {
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await keygen(['--out', join(dir, 'cli')]);
      const printed = String(stdout.mock.calls[0][0]).trim();
      expect(printed).toMatch(/^[0-9a-f]{64}$/);
      expect(parseEd25519PublicKey(await readFile(join(dir, 'cli.pub'), 'utf8'))).toMatchObject({ ok: true, keyId: printed });
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('requires --out', async () => {
    await expect(keygen([])).rejects.toBeInstanceOf(UsageError);
  });
});
