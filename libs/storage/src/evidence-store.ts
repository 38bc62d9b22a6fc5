import type { Readable } from 'node:stream';

/** What the store knows about an object once written: its key (the SHA-256 of its bytes, lowercase hex) and its length. */
export interface StoredObject {
  sha256: string;
  size: number;
}

/**
 * Evidence bytes, content-addressed. Callers keep the hash and size in their own records; the store
 * only ever sees bytes and hashes, never client-supplied names.
 */
export interface EvidenceStore {
  /** Streams `input` to storage while hashing; rejects with EvidenceTooLargeError past maxBytes (nothing left behind). Content-addressed: the key is the SHA-256; storing the same bytes twice keeps one copy. Takes over `input`: it is read to the end or destroyed. */
  put(input: Readable, options: { maxBytes: number }): Promise<StoredObject>;
  /** Throws EvidenceNotFoundError when nothing is stored under `sha256`, InvalidEvidenceHashError when it is not a SHA-256. */
  open(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  /** Optional because some deployments keep evidence forever (retention, legal hold). Removing an absent object is not an error. */
  delete?(sha256: string): Promise<void>;
}

export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');

export class EvidenceTooLargeError extends Error {
  override readonly name = 'EvidenceTooLargeError';

  constructor(readonly maxBytes: number) {
    super(`Evidence is larger than the limit of ${maxBytes} bytes`);
  }
}

export class EvidenceNotFoundError extends Error {
  override readonly name = 'EvidenceNotFoundError';

  constructor(readonly sha256: string) {
    super(`No evidence stored under sha256 ${sha256}`);
  }
}

/** A key that is not 64 lowercase hex digits: refused before it can reach a path or an object key. */
export class InvalidEvidenceHashError extends Error {
  override readonly name = 'InvalidEvidenceHashError';

  constructor() {
    super('An evidence key must be a SHA-256 in lowercase hex (64 characters 0-9a-f)');
  }
}
