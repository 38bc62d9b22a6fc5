import { computeAuditHash, GENESIS_HASH, type ChainedAuditEntry } from './audit-entry';

export type AuditChainBreak =
  | { seq: number; reason: 'sequence_gap'; expectedSeq: number }
  | { seq: number; reason: 'prev_hash_mismatch'; expected: string; actual: string }
  | { seq: number; reason: 'hash_mismatch'; expected: string; actual: string };

export interface AuditChainVerdict {
  valid: boolean;
  entries: number;
  /** Hash of the last entry checked: publish it and a later truncation of the chain shows. */
  head: string;
  firstBroken?: AuditChainBreak;
}

/**
 * Walks a chain one entry at a time, in sequence order, so callers can stream millions of entries
 * from the database without holding them. Stops judging at the first break: everything after it
 * hangs off a link that can no longer be trusted.
 */
export class AuditChainVerifier {
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  private count = 0;
  private broken: AuditChainBreak | undefined;

  /** Returns false once the chain is broken; the caller may stop feeding entries. */
  accept(entry: ChainedAuditEntry): boolean {
    if (this.broken) return false;
    this.broken = this.findBreak(entry);
    if (this.broken) return false;
    this.count += 1;
    this.expectedSeq = entry.seq + 1;
    this.previousHash = entry.hash;
    return true;
  }

  verdict(): AuditChainVerdict {
    return {
      valid: this.broken === undefined,
      entries: this.count,
      head: this.previousHash,
      ...(this.broken ? { firstBroken: this.broken } : {}),
    };
  }

  private findBreak(entry: ChainedAuditEntry): AuditChainBreak | undefined {
    if (entry.seq !== this.expectedSeq) {
      return { seq: entry.seq, reason: 'sequence_gap', expectedSeq: this.expectedSeq };
    }
    if (entry.prevHash !== this.previousHash) {
      return { seq: entry.seq, reason: 'prev_hash_mismatch', expected: this.previousHash, actual: entry.prevHash };
    }
    const expected = computeAuditHash(entry, entry.prevHash);
    if (expected !== entry.hash) {
      return { seq: entry.seq, reason: 'hash_mismatch', expected, actual: entry.hash };
    }
    return undefined;
  }
}
