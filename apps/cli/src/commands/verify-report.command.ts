import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { verifyReportDigest } from '@tiergate/domain';
import { parseCommandArgs, required } from './command-args';
import { describeFileError, readInputFile } from './input-file';
import { readPlatformKeys, type PlatformKey } from './platform-public-key';

export const VERIFY_REPORT_USAGE = [
  'usage: npm run cli -- verify-report --report <file> --signature <base64 or file> --public-key <jwks.json or pem> [--key-id <id>]',
  '  --report      the report exactly as downloaded (e.g. curl -o report.csv)',
  '  --signature   the X-Report-Signature header (base64), or a file holding it',
  '  --public-key  the JWKS from GET /api/v1/reports/public-key, a JWK, or an SPKI PEM',
  '  --key-id      the X-Report-Key-Id header; when given, only that key is tried',
  'prints "valid" and exits 0, or "INVALID: <reason>" and exits 1',
  '',
].join('\n');

export interface VerifyReportOptions {
  reportPath: string;
  signature: string;
  publicKeyPath: string;
  keyId?: string;
}

export type Verdict = { ok: true; keyId: string } | { ok: false; reason: string };

const ED25519_SIGNATURE_BYTES = 64;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function parseVerifyReportArgs(args: string[]): VerifyReportOptions {
  const values = parseCommandArgs(args, { report: { type: 'string' }, signature: { type: 'string' }, 'public-key': { type: 'string' }, 'key-id': { type: 'string' } }, VERIFY_REPORT_USAGE);
  return {
    reportPath: required(values.report, 'report', VERIFY_REPORT_USAGE),
    signature: required(values.signature, 'signature', VERIFY_REPORT_USAGE),
    publicKeyPath: required(values['public-key'], 'public-key', VERIFY_REPORT_USAGE),
    ...(values['key-id'] !== undefined ? { keyId: required(values['key-id'], 'key-id', VERIFY_REPORT_USAGE) } : {}),
  };
}

/** Whether `signature` is the platform's signature over the report's bytes. The report is hashed as a stream, whatever its size. */
export async function verifyReportSignature(reportPath: string, signature: Buffer, keys: readonly PlatformKey[], keyId?: string): Promise<Verdict> {
  if (signature.length !== ED25519_SIGNATURE_BYTES) return { ok: false, reason: `the signature is ${signature.length} bytes; an Ed25519 signature is ${ED25519_SIGNATURE_BYTES}` };
  const candidates = keyId === undefined ? keys : keys.filter((entry) => entry.keyId === keyId);
  if (candidates.length === 0) return { ok: false, reason: `the report names key ${keyId}, which is not among the given public keys` };
  const digest = await sha256OfFile(reportPath);
  const match = candidates.find((entry) => verifyReportDigest(digest, signature, entry.key));
  return match ? { ok: true, keyId: match.keyId } : { ok: false, reason: 'the signature does not match the report (it was changed after signing, or signed with another key)' };
}

export async function verifyReportFiles(options: VerifyReportOptions): Promise<Verdict> {
  const keys = await readPlatformKeys(options.publicKeyPath);
  const signature = await readSignature(options.signature);
  if (signature === undefined) return { ok: false, reason: 'the signature is neither base64 nor a file holding base64' };
  return verifyReportSignature(options.reportPath, signature, keys, options.keyId);
}

/** `verify-report`: the verdict on stdout; exit 1 when the report does not verify. */
export async function verifyReportCommand(args: string[]): Promise<void> {
  printVerdict(await verifyReportFiles(parseVerifyReportArgs(args)));
}

export function printVerdict(verdict: Verdict): void {
  if (verdict.ok) {
    process.stdout.write('valid\n');
    process.stderr.write(`signed with key ${verdict.keyId}\n`);
    return;
  }
  process.stdout.write(`INVALID: ${verdict.reason}\n`);
  process.exitCode = 1;
}

/** The header value pasted on the command line, or a file holding it (base64 text or the raw 64 bytes). */
async function readSignature(value: string): Promise<Buffer | undefined> {
  const isFile = await stat(value).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!isFile) return decodeBase64(value.trim());
  const bytes = await readInputFile(value, 'signature');
  return decodeBase64(bytes.toString('latin1').trim()) ?? (bytes.length === ED25519_SIGNATURE_BYTES ? bytes : undefined);
}

function decodeBase64(text: string): Buffer | undefined {
  return BASE64.test(text) && text.length % 4 === 0 ? Buffer.from(text, 'base64') : undefined;
}

async function sha256OfFile(path: string): Promise<Buffer> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    throw new Error(`cannot read report file ${path}: ${describeFileError(error)}`);
  }
  return hash.digest();
}
