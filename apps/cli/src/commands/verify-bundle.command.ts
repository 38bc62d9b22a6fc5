import { parseCommandArgs, required } from './command-args';
import { readBundle } from './bundle-reader';
import { checkBundle, INSPECTED_BUNDLE_FILES, type BundleVerdict } from './bundle-verifier';
import { readPlatformKeys, type PlatformKey } from './platform-public-key';

export const VERIFY_BUNDLE_USAGE = [
  'usage: npm run cli -- verify-bundle --bundle <zip> --public-key <jwks.json or pem>',
  '  --bundle      the ZIP from GET /api/v1/attestations/:id/bundle',
  '  --public-key  the JWKS from GET /api/v1/reports/public-key, a JWK, or an SPKI PEM',
  'prints "valid" and exits 0, or "INVALID: <reason>" (one line per problem) and exits 1',
  '',
].join('\n');

export interface VerifyBundleOptions {
  bundlePath: string;
  publicKeyPath: string;
}

export function parseVerifyBundleArgs(args: string[]): VerifyBundleOptions {
  const values = parseCommandArgs(args, { bundle: { type: 'string' }, 'public-key': { type: 'string' } }, VERIFY_BUNDLE_USAGE);
  return {
    bundlePath: required(values.bundle, 'bundle', VERIFY_BUNDLE_USAGE),
    publicKeyPath: required(values['public-key'], 'public-key', VERIFY_BUNDLE_USAGE),
  };
}

/** Reads the ZIP at `bundlePath` and checks it against `keys`; an unreadable ZIP is a verdict, not an error. */
export async function verifyBundleFile(bundlePath: string, keys: readonly PlatformKey[]): Promise<BundleVerdict> {
  try {
    return checkBundle(await readBundle(bundlePath, (name) => INSPECTED_BUNDLE_FILES.includes(name)), keys);
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/** `verify-bundle`: the verdict on stdout; exit 1 when anything in the bundle does not hold. */
export async function verifyBundleCommand(args: string[]): Promise<void> {
  const options = parseVerifyBundleArgs(args);
  const verdict = await verifyBundleFile(options.bundlePath, await readPlatformKeys(options.publicKeyPath));
  if (verdict.ok) {
    process.stdout.write('valid\n');
    process.stderr.write(`attestation ${verdict.attestationId}: ${verdict.files} files match the manifest signed with key ${verdict.keyId}\n`);
    return;
  }
  process.stdout.write(verdict.problems.map((problem) => `INVALID: ${problem}\n`).join(''));
  process.exitCode = 1;
}
