/**
 * The layout of an attestation bundle: a ZIP a regulator archives and checks offline. Everything
 * in it is listed in manifest.json with its SHA-256 and size, and manifest.json is signed with the
 * platform key (see report-signature.ts), so one signature vouches for every file.
 */

export const BUNDLE_FILES = {
  statement: 'statement.json',
  statementEnvelope: 'statement.dsse.json',
  policy: 'policy.json',
  findings: 'findings.json',
  decisions: 'decisions.json',
  audit: 'audit.jsonl',
  manifest: 'manifest.json',
  manifestSignature: 'manifest.sig.json',
} as const;

export const BUNDLE_EVIDENCE_DIR = 'evidence/';

export interface BundleManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface BundleManifest {
  attestationId: string;
  /** When the bundle was made (ISO 8601). */
  createdAt: string;
  files: BundleManifestFile[];
}

/** The platform's signature over the exact bytes of manifest.json. */
export interface BundleManifestSignature {
  keyId: string;
  signature: string;
}

/** Evidence is stored under its own digest, so a file's name already says what its bytes must hash to. */
export function bundleEvidencePath(sha256: string): string {
  return `${BUNDLE_EVIDENCE_DIR}${sha256}`;
}

/** The manifest as it is written into the bundle: the signature covers these bytes, not a re-serialisation. */
export function bundleManifestBytes(manifest: BundleManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}
