import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportKeyId } from '@tiergate/domain';
import { GENERATED_KEY_FILE, loadReportSigningKey } from './report-signing-key.loader';

describe('loadReportSigningKey', () => {
  let dir: string;
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiergate-report-key-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('takes REPORT_SIGNING_KEY as PEM or as the base64 of the PEM', async () => {
    const fromPem = await loadReportSigningKey({ NODE_ENV: 'production', REPORT_SIGNING_KEY: pem, STORAGE_DIR: dir });
    const fromBase64 = await loadReportSigningKey({ NODE_ENV: 'production', REPORT_SIGNING_KEY: Buffer.from(pem).toString('base64'), STORAGE_DIR: dir });
    expect(reportKeyId(fromBase64)).toBe(reportKeyId(fromPem));
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses keys that are not Ed25519 private keys, and production without a key', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(loadReportSigningKey({ NODE_ENV: 'test', REPORT_SIGNING_KEY: ec, STORAGE_DIR: dir })).rejects.toThrow(/must be Ed25519/);
    await expect(loadReportSigningKey({ NODE_ENV: 'test', REPORT_SIGNING_KEY: 'bm90IGEga2V5', STORAGE_DIR: dir })).rejects.toThrow(/not a PKCS#8 PEM/);
    await expect(loadReportSigningKey({ NODE_ENV: 'production', STORAGE_DIR: dir })).rejects.toThrow(/required in production/);
  });

  it('generates one key under STORAGE_DIR, readable only by its owner, and keeps it across starts', async () => {
    const storageDir = join(dir, 'nested', 'storage');
    const first = await loadReportSigningKey({ NODE_ENV: 'development', STORAGE_DIR: storageDir });
    const again = await loadReportSigningKey({ NODE_ENV: 'development', STORAGE_DIR: storageDir });
    expect(reportKeyId(again)).toBe(reportKeyId(first));
    expect((await stat(join(storageDir, GENERATED_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect(await readdir(storageDir)).toEqual([GENERATED_KEY_FILE]);
  });

  it('ends with one key when many starts race for it', async () => {
    const keys = await Promise.all(Array.from({ length: 12 }, () => loadReportSigningKey({ NODE_ENV: 'test', STORAGE_DIR: dir })));
    expect(new Set(keys.map((key) => reportKeyId(key))).size).toBe(1);
    expect(await readdir(dir)).toEqual([GENERATED_KEY_FILE]);
  });

  it('says which file to delete when the kept key is unreadable', async () => {
    await writeFile(join(dir, GENERATED_KEY_FILE), 'garbage');
    await expect(loadReportSigningKey({ NODE_ENV: 'test', STORAGE_DIR: dir })).rejects.toThrow(/delete it/);
  });
});
