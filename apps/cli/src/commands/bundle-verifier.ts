import { BUNDLE_EVIDENCE_DIR, BUNDLE_FILES, computeAuditHash, isSha256Hex, verifyReport, type BundleManifest, type BundleManifestFile, type ChainedAuditEntry } from '@tiergate/domain';
import type { BundleEntry, ReadBundle } from './bundle-reader';
import type { PlatformKey } from './platform-public-key';

export type BundleVerdict = { ok: true; keyId: string; attestationId: string; files: number } | { ok: false; problems: string[] };

/** Files whose bytes the checks read; everything else is only hashed. */
export const INSPECTED_BUNDLE_FILES: readonly string[] = [BUNDLE_FILES.manifest, BUNDLE_FILES.manifestSignature, BUNDLE_FILES.statement, BUNDLE_FILES.statementEnvelope, BUNDLE_FILES.audit];

/**
 * Checks a bundle end to end, offline: the manifest is signed by the platform, every file is
 * exactly as the manifest lists it (and nothing else is in the ZIP), every evidence file the
 * statement names is there, and the DSSE envelope, when present, is over this very statement.
 * Trust flows from the one signature: once the manifest verifies, a matching digest vouches for a file.
 */
export function checkBundle(bundle: ReadBundle, keys: readonly PlatformKey[]): BundleVerdict {
  const { entries } = bundle;
  if (bundle.duplicates.length > 0) return refuse([`the ZIP holds several files named ${bundle.duplicates.join(', ')}`]);

  const signed = checkManifestSignature(entries, keys);
  if (!signed.ok) return refuse([signed.problem]);
  const manifest = parseManifest(entries.get(BUNDLE_FILES.manifest)?.bytes);
  if (typeof manifest === 'string') return refuse([manifest]);

  const problems = [...fileProblems(manifest, entries), ...statementProblems(manifest, entries), ...auditProblems(entries, manifest.attestationId)];
  if (problems.length > 0) return refuse(problems);
  return { ok: true, keyId: signed.keyId, attestationId: manifest.attestationId, files: manifest.files.length };
}

function checkManifestSignature(entries: ReadonlyMap<string, BundleEntry>, keys: readonly PlatformKey[]): { ok: true; keyId: string } | { ok: false; problem: string } {
  const manifest = entries.get(BUNDLE_FILES.manifest)?.bytes;
  const signatureFile = parseJson(entries.get(BUNDLE_FILES.manifestSignature)?.bytes);
  if (!manifest) return { ok: false, problem: `${BUNDLE_FILES.manifest} is missing` };
  if (!isRecord(signatureFile) || typeof signatureFile.keyId !== 'string' || typeof signatureFile.signature !== 'string') {
    return { ok: false, problem: `${BUNDLE_FILES.manifestSignature} is missing or is not { keyId, signature }` };
  }
  const { keyId, signature } = signatureFile;
  const key = keys.find((entry) => entry.keyId === keyId);
  if (!key) return { ok: false, problem: `the manifest was signed with key ${keyId.slice(0, 80)}, which is not among the given public keys` };
  if (!verifyReport(manifest, signature, key.key)) return { ok: false, problem: 'the manifest signature does not verify: the manifest was changed after signing' };
  return { ok: true, keyId };
}

function parseManifest(bytes: Buffer | undefined): BundleManifest | string {
  const value = parseJson(bytes);
  const shape = `${BUNDLE_FILES.manifest} is not { attestationId, createdAt, files: [{ path, sha256, size }] }`;
  if (!isRecord(value) || typeof value.attestationId !== 'string' || typeof value.createdAt !== 'string' || !Array.isArray(value.files)) return shape;
  const files: BundleManifestFile[] = [];
  for (const file of value.files as unknown[]) {
    if (!isRecord(file) || typeof file.path !== 'string' || typeof file.sha256 !== 'string' || typeof file.size !== 'number') return shape;
    files.push({ path: file.path, sha256: file.sha256, size: file.size });
  }
  return { attestationId: value.attestationId, createdAt: value.createdAt, files };
}

function fileProblems(manifest: BundleManifest, entries: ReadonlyMap<string, BundleEntry>): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (listed.has(file.path)) problems.push(`the manifest lists ${file.path} twice`);
    listed.add(file.path);
    const entry = entries.get(file.path);
    if (!entry) {
      problems.push(`${file.path} is listed in the manifest but missing from the bundle`);
    } else if (entry.sha256 !== file.sha256 || entry.size !== file.size) {
      problems.push(`${file.path} does not match the manifest (sha256 ${entry.sha256}, ${entry.size} bytes; the manifest says ${file.sha256}, ${file.size} bytes)`);
    }
    if (file.path.startsWith(BUNDLE_EVIDENCE_DIR) && file.path !== `${BUNDLE_EVIDENCE_DIR}${file.sha256}`) {
      problems.push(`${file.path} is not named by its sha256 ${file.sha256}`);
    }
  }
  for (const name of entries.keys()) {
    if (name !== BUNDLE_FILES.manifest && name !== BUNDLE_FILES.manifestSignature && !listed.has(name)) problems.push(`${name} is in the bundle but not in the signed manifest`);
  }
  return problems;
}

function statementProblems(manifest: BundleManifest, entries: ReadonlyMap<string, BundleEntry>): string[] {
  const statementBytes = entries.get(BUNDLE_FILES.statement)?.bytes;
  const statement = parseJson(statementBytes);
  if (!statementBytes || !isRecord(statement) || !Array.isArray(statement.subject)) return [`${BUNDLE_FILES.statement} is missing or is not an in-toto statement`];
  const problems: string[] = [];

  const predicate = isRecord(statement.predicate) ? statement.predicate : {};
  const attestation = isRecord(predicate.attestation) ? predicate.attestation : {};
  if (attestation.id !== manifest.attestationId) problems.push(`the statement is about attestation ${String(attestation.id)}, the manifest about ${manifest.attestationId}`);

  const present = new Set(manifest.files.map((file) => file.path));
  for (const subject of statement.subject as unknown[]) {
    if (!isRecord(subject) || typeof subject.name !== 'string' || !subject.name.startsWith('evidence:')) continue;
    const sha256 = isRecord(subject.digest) ? subject.digest.sha256 : undefined;
    if (typeof sha256 !== 'string' || !isSha256Hex(sha256)) problems.push(`statement subject ${subject.name} has no sha256 digest`);
    else if (!present.has(`${BUNDLE_EVIDENCE_DIR}${sha256}`)) problems.push(`evidence ${sha256} (${subject.name}) named by the statement is not in the bundle`);
  }

  const envelopeBytes = entries.get(BUNDLE_FILES.statementEnvelope)?.bytes;
  if (envelopeBytes) {
    const envelope = parseJson(envelopeBytes);
    const payload = isRecord(envelope) && typeof envelope.payload === 'string' ? Buffer.from(envelope.payload, 'base64') : undefined;
    if (!payload || !payload.equals(statementBytes)) problems.push(`the DSSE envelope's payload is not ${BUNDLE_FILES.statement}`);
  }
  return problems;
}

/** Entries are a selection of the chain, so only each entry's own hash can be recomputed, not the links between them. */
function auditProblems(entries: ReadonlyMap<string, BundleEntry>, attestationId: string): string[] {
  const bytes = entries.get(BUNDLE_FILES.audit)?.bytes;
  if (!bytes) return [];
  const problems: string[] = [];
  const lines = bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  for (const [index, line] of lines.entries()) {
    const entry = parseJson(Buffer.from(line, 'utf8'));
    if (!isChainedEntry(entry)) {
      problems.push(`${BUNDLE_FILES.audit} line ${index + 1} is not an audit entry`);
      continue;
    }
    if (entry.entityId !== attestationId) problems.push(`${BUNDLE_FILES.audit} entry ${entry.seq} is about ${String(entry.entityId)}, not this attestation`);
    if (computeAuditHash(entry, entry.prevHash) !== entry.hash) problems.push(`${BUNDLE_FILES.audit} entry ${entry.seq} does not hash to its recorded hash`);
  }
  return problems;
}

function isChainedEntry(value: unknown): value is ChainedAuditEntry {
  return (
    isRecord(value) &&
    typeof value.seq === 'number' &&
    typeof value.occurredAt === 'string' &&
    isRecord(value.actor) &&
    typeof value.action === 'string' &&
    typeof value.entityType === 'string' &&
    isRecord(value.payload) &&
    typeof value.prevHash === 'string' &&
    typeof value.hash === 'string'
  );
}

function parseJson(bytes: Buffer | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(problems: string[]): BundleVerdict {
  return { ok: false, problems };
}
