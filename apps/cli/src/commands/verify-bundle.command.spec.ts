import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import {
  BUNDLE_FILES,
  GENESIS_HASH,
  buildAttestationStatement,
  bundleEvidencePath,
  bundleManifestBytes,
  chainAuditEntry,
  reportKeyId,
  reportPublicJwk,
  signEnvelope,
  signReport,
  statementBytes,
  type BundleManifest,
} from '@tiergate/domain';
import { UsageError } from './command-args';
import { parsePlatformKeys } from './platform-public-key';
import { parseVerifyBundleArgs, verifyBundleCommand, verifyBundleFile } from './verify-bundle.command';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const ATTESTATION_ID = '6f1c1f0e-8c7e-4c59-9d3e-3f7a0a1b2c3d';
const PDF = Buffer.from('%PDF-1.7\nevidence one\n%%EOF\n');
const CSV = Buffer.from('vendor,model,quantity\nNVIDIA,H100,512\n');

function statementFor(evidence: Buffer[]): Buffer {
  return statementBytes(
    buildAttestationStatement({
      attestationId: ATTESTATION_ID,
      version: 1,
      organizationId: 'org-1',
      datacenter: { id: 'dc-1', name: 'Frankfurt One', countryCode: 'DE' },
      policyVersion: { id: 'pv-1', version: '1.0.0' },
      claims: [{ controlId: 'C2-HW-ORIGIN', status: 'compliant', statement: 'no prohibited hardware' }],
      counterparties: [],
      evidence: evidence.map((bytes, index) => ({ id: `ev-${index}`, sha256: sha256(bytes), type: 'certificate', controlIds: ['C2-HW-ORIGIN'], mediaType: 'application/pdf', size: bytes.length })),
      inventoryDigest: sha256(Buffer.from('[]')),
    }),
  );
}

function auditLines(): Buffer {
  const first = chainAuditEntry(
    { seq: 1, occurredAt: '2025-01-01T00:00:00.000Z', actor: { type: 'user', id: 'u-1' }, action: 'attestation.created', entityType: 'attestation', entityId: ATTESTATION_ID, payload: {} },
    GENESIS_HASH,
  );
  const second = chainAuditEntry(
    { seq: 7, occurredAt: '2025-01-02T00:00:00.000Z', actor: { type: 'user', id: 'u-1' }, action: 'attestation.submitted', entityType: 'attestation', entityId: ATTESTATION_ID, payload: { ok: true } },
    'a'.repeat(64),
  );
  return Buffer.from(`${JSON.stringify(first)}\n${JSON.stringify(second)}\n`);
}

/** The files of a sound bundle, as the api lays it out. */
function soundFiles(): Map<string, Buffer> {
  const statement = statementFor([PDF, CSV]);
  const organisationKey = generateKeyPairSync('ed25519').privateKey;
  return new Map([
    [BUNDLE_FILES.statement, statement],
    [BUNDLE_FILES.statementEnvelope, Buffer.from(JSON.stringify(signEnvelope(statement, organisationKey, 'org-key')))],
    [BUNDLE_FILES.policy, Buffer.from('{"version":"1.0.0","pack":{}}')],
    [BUNDLE_FILES.findings, Buffer.from('[]')],
    [BUNDLE_FILES.decisions, Buffer.from('[]')],
    [BUNDLE_FILES.audit, auditLines()],
    [bundleEvidencePath(sha256(PDF)), PDF],
    [bundleEvidencePath(sha256(CSV)), CSV],
  ]);
}

describe('verify-bundle command', () => {
  const platform = generateKeyPairSync('ed25519');
  const stranger = generateKeyPairSync('ed25519');
  const keys = parsePlatformKeys(JSON.stringify({ keys: [reportPublicJwk(platform.privateKey)] }));
  let dir: string;
  let count = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiergate-verify-bundle-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Writes a ZIP: `listed` go into the signed manifest, `zipped` (default: the same) into the archive. */
  async function bundle(listed: Map<string, Buffer>, options: { zipped?: [string, Buffer][]; signWith?: KeyObject; manifestBytes?: (bytes: Buffer) => Buffer } = {}): Promise<string> {
    const manifest: BundleManifest = {
      attestationId: ATTESTATION_ID,
      createdAt: '2025-01-03T00:00:00.000Z',
      files: [...listed].map(([path, bytes]) => ({ path, sha256: sha256(bytes), size: bytes.length })),
    };
    const signedBytes = bundleManifestBytes(manifest);
    const signer = options.signWith ?? platform.privateKey;
    const { keyId, signature } = signReport(signedBytes, signer, reportKeyId(signer));
    const zip = new ZipFile();
    // Evidence stored uncompressed, as the api writes it: yauzl reads such entries through another kind of stream.
    for (const [path, bytes] of options.zipped ?? [...listed]) zip.addBuffer(bytes, path, { compress: !path.startsWith('evidence/') });
    zip.addBuffer(options.manifestBytes ? options.manifestBytes(signedBytes) : signedBytes, BUNDLE_FILES.manifest);
    zip.addBuffer(Buffer.from(JSON.stringify({ keyId, signature })), BUNDLE_FILES.manifestSignature);
    zip.end();
    const path = join(dir, `bundle-${(count += 1)}.zip`);
    await pipeline(zip.outputStream, createWriteStream(path));
    return path;
  }

  const problemsOf = async (path: string): Promise<string[]> => {
    const verdict = await verifyBundleFile(path, keys);
    return verdict.ok ? [] : verdict.problems;
  };

  it('accepts a sound bundle', async () => {
    expect(await verifyBundleFile(await bundle(soundFiles()), keys)).toEqual({ ok: true, keyId: keys[0].keyId, attestationId: ATTESTATION_ID, files: 8 });
  });

  it('finds an evidence file changed after signing', async () => {
    const files = soundFiles();
    const tampered = Buffer.from(PDF);
    tampered[3] ^= 1;
    const path = await bundle(files, { zipped: [...files].map(([name, bytes]) => [name, name === bundleEvidencePath(sha256(PDF)) ? tampered : bytes]) });
    expect(await problemsOf(path)).toEqual([expect.stringMatching(/^evidence\/[0-9a-f]{64} does not match the manifest/)]);
  });

  it('refuses a manifest changed after signing, or signed with a key not given', async () => {
    const edited = await bundle(soundFiles(), { manifestBytes: (bytes) => Buffer.from(bytes.toString().replace('"size": 2', '"size": 3')) });
    expect(await problemsOf(edited)).toEqual([expect.stringMatching(/manifest signature does not verify/)]);
    expect(await problemsOf(await bundle(soundFiles(), { signWith: stranger.privateKey }))).toEqual([expect.stringMatching(/not among the given public keys/)]);
  });

  it('refuses evidence the statement names but the bundle lacks, and files the manifest does not list', async () => {
    const files = soundFiles();
    files.delete(bundleEvidencePath(sha256(CSV)));
    expect(await problemsOf(await bundle(files))).toEqual([expect.stringMatching(/^evidence [0-9a-f]{64} \(evidence:ev-1\) named by the statement is not in the bundle/)]);
    const sound = soundFiles();
    expect(await problemsOf(await bundle(sound, { zipped: [...sound, ['extra.txt', Buffer.from('x')]] }))).toEqual(['extra.txt is in the bundle but not in the signed manifest']);
    expect(await problemsOf(await bundle(sound, { zipped: [...sound].filter(([name]) => name !== BUNDLE_FILES.findings) }))).toEqual([
      `${BUNDLE_FILES.findings} is listed in the manifest but missing from the bundle`,
    ]);
  });

  it('refuses a DSSE envelope over another statement, and an audit entry that no longer hashes', async () => {
    const files = soundFiles();
    const otherStatement = statementFor([PDF]);
    files.set(BUNDLE_FILES.statementEnvelope, Buffer.from(JSON.stringify(signEnvelope(otherStatement, generateKeyPairSync('ed25519').privateKey))));
    files.set(BUNDLE_FILES.audit, Buffer.from(files.get(BUNDLE_FILES.audit)?.toString().replace('"ok":true', '"ok":false') ?? ''));
    expect(await problemsOf(await bundle(files))).toEqual([`the DSSE envelope's payload is not ${BUNDLE_FILES.statement}`, `${BUNDLE_FILES.audit} entry 7 does not hash to its recorded hash`]);
  });

  it('refuses a file that is not a ZIP, and two files of one name', async () => {
    const notZip = join(dir, 'not.zip');
    await writeFile(notZip, 'PK? no');
    expect(await problemsOf(notZip)).toEqual([expect.stringMatching(/is not a readable ZIP/)]);
    const sound = soundFiles();
    const duplicated = await bundle(sound, { zipped: [...sound, [BUNDLE_FILES.findings, Buffer.from('[{"forged":true}]')]] });
    expect(await problemsOf(duplicated)).toEqual([`the ZIP holds several files named ${BUNDLE_FILES.findings}`]);
  });

  it('prints valid or one INVALID line per problem, setting the exit code', async () => {
    const jwksPath = join(dir, 'jwks.json');
    await writeFile(jwksPath, JSON.stringify({ keys: [reportPublicJwk(platform.privateKey)] }));
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await verifyBundleCommand(['--bundle', await bundle(soundFiles()), '--public-key', jwksPath]);
      expect(stdout).toHaveBeenCalledWith('valid\n');
      expect(process.exitCode ?? 0).toBe(0);
      await verifyBundleCommand(['--bundle', await bundle(soundFiles(), { signWith: stranger.privateKey }), '--public-key', jwksPath]);
      expect(stdout).toHaveBeenLastCalledWith(expect.stringMatching(/^INVALID: the manifest was signed with key/));
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = 0;
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('requires --bundle and --public-key', () => {
    expect(() => parseVerifyBundleArgs(['--bundle', 'b.zip'])).toThrow(UsageError);
    expect(parseVerifyBundleArgs(['--bundle', 'b.zip', '--public-key', 'k.json'])).toEqual({ bundlePath: 'b.zip', publicKeyPath: 'k.json' });
  });
});
