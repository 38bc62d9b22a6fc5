import { generateKeyPairSync } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { publicKeyId } from '@tiergate/domain';
import { parseCommandArgs, required } from './command-args';

export const KEYGEN_USAGE = 'usage: npm run cli -- keygen --out <prefix>\n  writes <prefix>.key (private, PKCS8 PEM, mode 0600) and <prefix>.pub (public, SPKI PEM)\n';

export interface SigningKeyPair {
  keyId: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

export interface WrittenKeyPair {
  keyId: string;
  privateKeyPath: string;
  publicKeyPath: string;
}

/** A fresh Ed25519 key pair for signing attestation statements, named as the api names it. */
export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { keyId: publicKeyId(publicKeyPem), privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem };
}

/** Writes `<prefix>.key` and `<prefix>.pub`; never overwrites a file, so an existing key cannot be lost. */
export async function writeSigningKeyPair(prefix: string, pair: SigningKeyPair): Promise<WrittenKeyPair> {
  const privateKeyPath = `${prefix}.key`;
  const publicKeyPath = `${prefix}.pub`;
  await writeNew(privateKeyPath, pair.privateKeyPem, 0o600);
  try {
    await writeNew(publicKeyPath, pair.publicKeyPem, 0o644);
  } catch (error) {
    // Half a pair is of no use and would block the next attempt with the same prefix.
    await rm(privateKeyPath, { force: true });
    throw error;
  }
  return { keyId: pair.keyId, privateKeyPath, publicKeyPath };
}

/** `keygen --out <prefix>`: prints the key id on stdout, where to find the files on stderr. */
export async function keygen(args: string[]): Promise<void> {
  const options = parseCommandArgs(args, { out: { type: 'string' } }, KEYGEN_USAGE);
  const written = await writeSigningKeyPair(required(options.out, 'out', KEYGEN_USAGE), generateSigningKeyPair());
  process.stdout.write(`${written.keyId}\n`);
  process.stderr.write(`private key: ${written.privateKeyPath} (keep it secret)\npublic key:  ${written.publicKeyPath} (register it with PUT /api/v1/organizations/:id/signing-keys)\n`);
}

async function writeNew(path: string, text: string, mode: number): Promise<void> {
  try {
    // 'wx' fails if the file exists; the mode applies at creation, before any byte is written.
    await writeFile(path, text, { flag: 'wx', mode });
  } catch (error) {
    throw new Error(describeWriteError(path, error));
  }
}

function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return `${path} already exists; choose another --out prefix (an existing key is never overwritten)`;
  if (code === 'ENOENT') return `cannot write ${path}: its directory does not exist`;
  return `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
}
