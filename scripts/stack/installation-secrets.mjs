// The secrets of one installation: made once with fresh random bytes the first time `npm start`
// runs, kept in the git-ignored data folder, and handed to every process as environment
// variables. Two installations never share a secret, and nothing in the repository can sign a
// token or a report. A variable the user sets in the environment always wins over the kept one.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StackError, log } from './log.mjs';
import { displayPath } from './paths.mjs';

export const SECRETS_FILE = 'installation-secrets.json';

/**
 * Every secret an installation needs, with how to make a new one. A capability that needs a
 * signing key of its own adds it here, so `npm start` provides it like the others.
 */
const GENERATORS = {
  /** HMAC key of access tokens: 48 random bytes (the schema asks for at least 32 characters). */
  JWT_SECRET: () => randomBytes(48).toString('base64url'),
  /**
   * Ed25519 key that signs reports and bundles, as the base64 of its PKCS#8 PEM. An installation
   * whose api generated one under its storage folder keeps that key, so its old reports still verify.
   */
  REPORT_SIGNING_KEY: ({ storageDir }) => {
    const earlier = storageDir && join(storageDir, 'report-signing-key.pem');
    const pem = earlier && existsSync(earlier) ? readFileSync(earlier) : generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
    return Buffer.from(pem).toString('base64');
  },
};

/**
 * Returns the installation's secrets for the variables `env` does not set, generating (and
 * keeping) any that the data folder does not hold yet. The file is created owner-only.
 * `storageDir` is where an earlier version kept a generated report key.
 */
export function installationSecrets(dataDir, { env = process.env, storageDir } = {}) {
  const path = join(dataDir, SECRETS_FILE);
  const kept = readKept(path);
  const missing = Object.keys(GENERATORS).filter((name) => typeof kept[name] !== 'string' || kept[name] === '');
  if (missing.length > 0) {
    const updated = { ...kept };
    for (const name of missing) updated[name] = GENERATORS[name]({ storageDir });
    // 'w' after a read rather than 'wx': a file from an older version may lack a newer secret.
    writeFileSync(path, `${JSON.stringify(updated, null, 2)}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
    log('secrets', `generated ${missing.join(', ')} for this installation in ${displayPath(path)}`);
    Object.assign(kept, updated);
  }
  return Object.fromEntries(
    Object.keys(GENERATORS)
      .filter((name) => !env[name])
      .map((name) => [name, kept[name]]),
  );
}

function readKept(path) {
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  throw new StackError(`${displayPath(path)} is not the JSON object of secrets it should be; fix it, or delete it to have new secrets generated (everyone is signed out)`);
}
