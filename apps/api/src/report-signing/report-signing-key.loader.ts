import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@tiergate/config';

export const GENERATED_KEY_FILE = 'report-signing-key.pem';

/**
 * The platform's Ed25519 private key: REPORT_SIGNING_KEY when set (the only way in production),
 * otherwise the key kept under STORAGE_DIR, generated on first start.
 */
export async function loadReportSigningKey(config: Pick<AppConfig, 'NODE_ENV' | 'REPORT_SIGNING_KEY' | 'STORAGE_DIR'>): Promise<KeyObject> {
  if (config.REPORT_SIGNING_KEY) return parseConfiguredKey(config.REPORT_SIGNING_KEY);
  // The schema already refuses this; a key silently made on a production host would sign
  // reports no regulator has a public key for.
  if (config.NODE_ENV === 'production') throw new Error('REPORT_SIGNING_KEY is required in production');
  return keptKey(resolve(config.STORAGE_DIR));
}

/** PKCS#8 PEM, or that PEM base64-encoded (easier to pass through env files and secret stores). */
export function parseConfiguredKey(value: string): KeyObject {
  const pem = value.includes('-----BEGIN') ? value : Buffer.from(value.trim(), 'base64').toString('utf8');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem.trim(), format: 'pem' });
  } catch {
    throw new Error('REPORT_SIGNING_KEY is not a PKCS#8 PEM private key (nor the base64 of one)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`REPORT_SIGNING_KEY is ${key.asymmetricKeyType ?? 'of an unknown type'}; it must be Ed25519`);
  return key;
}

/**
 * Several processes (api replicas, the worker, parallel test files) may start at once against one
 * STORAGE_DIR and must all end up signing with the same key. Each writes its candidate to a private
 * temp file and hard-links it into place: link() never replaces an existing file, so the first one
 * wins and everyone reads back the winner.
 */
async function keptKey(storageDir: string): Promise<KeyObject> {
  const path = join(storageDir, GENERATED_KEY_FILE);
  const existing = await readKey(path);
  if (existing) return existing;

  await mkdir(storageDir, { recursive: true });
  const candidate = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const temp = join(storageDir, `.${GENERATED_KEY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`);
  await writeFile(temp, candidate, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  const kept = await readKey(path);
  if (!kept) throw new Error(`could not read back the report signing key at ${path}`);
  return kept;
}

async function readKey(path: string): Promise<KeyObject | undefined> {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return parseConfiguredKey(pem);
  } catch {
    throw new Error(`${path} does not hold an Ed25519 PKCS#8 PEM key; delete it to have a new one generated`);
  }
}
