import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportKeyId, reportPublicJwk, signReport } from '@tiergate/domain';
import { UsageError } from './command-args';
import { parseVerifyReportArgs, verifyReportCommand, verifyReportFiles } from './verify-report.command';

describe('verify-report command', () => {
  const platform = generateKeyPairSync('ed25519');
  const stranger = generateKeyPairSync('ed25519');
  const keyId = reportKeyId(platform.publicKey);
  const report = Buffer.from('group,facilities,compliant\nDE,12,9\nFR,4,4\n');
  const { signature } = signReport(report, platform.privateKey, keyId);
  let dir: string;
  let reportPath: string;
  let jwksPath: string;
  let pemPath: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiergate-verify-report-'));
    reportPath = join(dir, 'report.csv');
    jwksPath = join(dir, 'jwks.json');
    pemPath = join(dir, 'platform.pem');
    await writeFile(reportPath, report);
    await writeFile(jwksPath, JSON.stringify({ keys: [reportPublicJwk(stranger.privateKey), reportPublicJwk(platform.privateKey)] }));
    await writeFile(pemPath, platform.publicKey.export({ type: 'spki', format: 'pem' }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('accepts a report signed by a key of the JWKS, or of a PEM, with the signature given inline or in a file', async () => {
    expect(await verifyReportFiles({ reportPath, signature, publicKeyPath: jwksPath })).toEqual({ ok: true, keyId });
    expect(await verifyReportFiles({ reportPath, signature, publicKeyPath: pemPath, keyId })).toEqual({ ok: true, keyId });
    const base64File = join(dir, 'report.sig');
    const rawFile = join(dir, 'report.sig.bin');
    await writeFile(base64File, `${signature}\n`);
    await writeFile(rawFile, Buffer.from(signature, 'base64'));
    expect(await verifyReportFiles({ reportPath, signature: base64File, publicKeyPath: jwksPath })).toEqual({ ok: true, keyId });
    expect(await verifyReportFiles({ reportPath, signature: rawFile, publicKeyPath: jwksPath })).toEqual({ ok: true, keyId });
  });

  it('refuses a report with one byte changed', async () => {
    const tampered = Buffer.from(report);
    tampered[tampered.length - 2] = '5'.charCodeAt(0);
    const tamperedPath = join(dir, 'tampered.csv');
    await writeFile(tamperedPath, tampered);
    expect(await verifyReportFiles({ reportPath: tamperedPath, signature, publicKeyPath: jwksPath })).toEqual({ ok: false, reason: expect.stringMatching(/does not match the report/) });
  });

  it('refuses another key, an unknown key id, and a signature that is not one', async () => {
    const strangerPem = join(dir, 'stranger.pem');
    await writeFile(strangerPem, stranger.publicKey.export({ type: 'spki', format: 'pem' }));
    expect(await verifyReportFiles({ reportPath, signature, publicKeyPath: strangerPem })).toMatchObject({ ok: false });
    expect(await verifyReportFiles({ reportPath, signature, publicKeyPath: jwksPath, keyId: 'f'.repeat(64) })).toEqual({ ok: false, reason: expect.stringMatching(/not among the given public keys/) });
    expect(await verifyReportFiles({ reportPath, signature: 'bm90IGEgc2lnbmF0dXJl', publicKeyPath: jwksPath })).toEqual({ ok: false, reason: expect.stringMatching(/Ed25519 signature is 64/) });
    expect(await verifyReportFiles({ reportPath, signature: 'not base64!', publicKeyPath: jwksPath })).toMatchObject({ ok: false });
  });

  it('says which file it cannot read, and refuses a private key as the public key', async () => {
    await expect(verifyReportFiles({ reportPath: join(dir, 'nope.csv'), signature, publicKeyPath: jwksPath })).rejects.toThrow(/cannot read report file .*no such file/);
    const privatePem = join(dir, 'private.pem');
    await writeFile(privatePem, platform.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await expect(verifyReportFiles({ reportPath, signature, publicKeyPath: privatePem })).rejects.toThrow(/private key/);
  });

  it('prints valid or INVALID and sets the exit code', async () => {
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await verifyReportCommand(['--report', reportPath, '--signature', signature, '--public-key', jwksPath]);
      expect(stdout).toHaveBeenCalledWith('valid\n');
      expect(process.exitCode ?? 0).toBe(0);
      await verifyReportCommand(['--report', reportPath, '--signature', signature, '--public-key', join(dir, 'stranger.pem')]);
      expect(stdout).toHaveBeenLastCalledWith(expect.stringMatching(/^INVALID: /));
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = 0;
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('requires every option', () => {
    expect(() => parseVerifyReportArgs(['--report', 'r.csv', '--signature', 'x'])).toThrow(UsageError);
    expect(() => parseVerifyReportArgs(['--report', 'r.csv', '--signature', 'x', '--public-key', 'k', '--bogus'])).toThrow(UsageError);
  });
});
