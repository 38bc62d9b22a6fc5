import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import canonicalize from 'canonicalize';
import { IN_TOTO_STATEMENT_TYPE, publicKeyId, signEnvelope, type DsseEnvelope } from '@tiergate/domain';
import { parseCommandArgs, required } from './command-args';

export const SIGN_USAGE = [
  'usage: npm run cli -- sign --statement <file> --key <private.pem> [--keyid <id>] [--out <file>]',
  '  --statement  the statement exactly as served by GET /api/v1/attestations/:id/statement (e.g. saved with curl -o)',
  '  --key        the Ed25519 private key (PKCS8 PEM), e.g. from `keygen`',
  "  --keyid      the key id to put in the envelope; defaults to the key's own id",
  '  --out        where to write the DSSE envelope; stdout when left out',
  '',
].join('\n');

export interface SignOptions {
  statementPath: string;
  keyPath: string;
  keyId?: string;
  outPath?: string;
}

export interface SignedStatement {
  envelope: DsseEnvelope;
  keyId: string;
  statementSha256: string;
}

export function parseSignArgs(args: string[]): SignOptions {
  const values = parseCommandArgs(args, { statement: { type: 'string' }, key: { type: 'string' }, keyid: { type: 'string' }, out: { type: 'string' } }, SIGN_USAGE);
  return {
    statementPath: required(values.statement, 'statement', SIGN_USAGE),
    keyPath: required(values.key, 'key', SIGN_USAGE),
    ...(values.keyid !== undefined ? { keyId: required(values.keyid, 'keyid', SIGN_USAGE) } : {}),
    ...(values.out !== undefined ? { outPath: required(values.out, 'out', SIGN_USAGE) } : {}),
  };
}

/**
 * Signs the statement's raw bytes. They are checked, never re-serialised: the api verifies the
 * signature against the exact bytes it serves, so any change (even a trailing newline) would make
 * the signature worthless, and it is kinder to say so here than at submission.
 */
export function signStatement(statement: Buffer, privateKeyPem: string, requestedKeyId?: string): SignedStatement {
  assertServedStatement(statement);
  const key = loadSigningKey(privateKeyPem);
  const keyId = publicKeyId(createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString());
  if (requestedKeyId !== undefined && requestedKeyId !== keyId) {
    throw new Error(`--keyid ${requestedKeyId} is not the id of this key (${keyId}); the api names keys by the sha256 of their public key, so leave --keyid out`);
  }
  return {
    envelope: signEnvelope(statement, key, keyId),
    keyId,
    statementSha256: createHash('sha256').update(statement).digest('hex'),
  };
}

/** Reads both files and signs; errors name the file that is at fault. */
export async function signStatementFiles(options: SignOptions): Promise<SignedStatement> {
  const statement = await readInput(options.statementPath, 'statement');
  const keyPem = (await readInput(options.keyPath, 'key')).toString('utf8');
  try {
    return signStatement(statement, keyPem, options.keyId);
  } catch (error) {
    throw new Error(`cannot sign ${options.statementPath} with ${options.keyPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `sign`: writes the envelope to --out or stdout; what was signed goes to stderr so stdout stays pipeable. */
export async function sign(args: string[]): Promise<void> {
  const options = parseSignArgs(args);
  const signed = await signStatementFiles(options);
  const json = `${JSON.stringify(signed.envelope, null, 2)}\n`;
  if (options.outPath === undefined) {
    process.stdout.write(json);
  } else {
    try {
      await writeFile(options.outPath, json);
    } catch (error) {
      throw new Error(`cannot write ${options.outPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.stderr.write(`signed statement sha256 ${signed.statementSha256} with key ${signed.keyId}${options.outPath ? `; envelope in ${options.outPath}` : ''}\n`);
}

function assertServedStatement(statement: Buffer): void {
  const text = statement.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('the statement is not JSON; save it with GET /api/v1/attestations/:id/statement');
  }
  const type = typeof parsed === 'object' && parsed !== null && '_type' in parsed ? parsed._type : undefined;
  if (type !== IN_TOTO_STATEMENT_TYPE) throw new Error(`the statement is not an in-toto Statement v1 (_type ${IN_TOTO_STATEMENT_TYPE})`);
  if (!Buffer.from(canonicalize(parsed) ?? '', 'utf8').equals(statement)) {
    throw new Error('the statement is not byte for byte as the api serves it (was it reformatted, or given a trailing newline?); download it again with curl -o');
  }
}

function loadSigningKey(pem: string): KeyObject {
  if (/-----BEGIN PUBLIC KEY-----/.test(pem)) throw new Error('this is a public key; sign with the private key (the .key file from keygen)');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`not a readable PEM private key (${detail})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`this key is ${key.asymmetricKeyType ?? 'of an unknown type'}; statements are signed with Ed25519 keys only (make one with keygen)`);
  return key;
}

async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read ${what} file ${path}: ${reason}`);
  }
}
