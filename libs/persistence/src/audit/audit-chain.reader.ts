import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditChainVerifier, type AuditChainVerdict } from '@tiergate/domain';
import { toChainedAuditEntry, type AuditLogRow } from './audit-log-row';

/** Rows per round trip while walking the chain: large enough to amortise latency, small enough to stay flat in memory. */
const VERIFY_BATCH_SIZE = 20_000;

@Injectable()
export class AuditChainReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Re-computes every hash from the stored rows, in keyset batches, and reports the first broken
   * entry. The next batch is fetched while the current one is hashed, so PostgreSQL and Node work
   * side by side.
   */
  async verify(): Promise<AuditChainVerdict> {
    const verifier = new AuditChainVerifier();
    let pending = this.fetchBatch('0');
    for (;;) {
      const rows = await pending;
      const full = rows.length === VERIFY_BATCH_SIZE;
      if (full) pending = this.fetchBatch(rows[rows.length - 1].seq);
      for (const row of rows) {
        if (!verifier.accept(toChainedAuditEntry(row))) {
          if (full) await pending.catch(() => undefined);
          return verifier.verdict();
        }
      }
      if (!full) return verifier.verdict();
    }
  }

  private async fetchBatch(afterSeq: string): Promise<AuditLogRow[]> {
    return (await this.dataSource.query(
      `SELECT seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash
         FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [afterSeq, VERIFY_BATCH_SIZE],
    )) as AuditLogRow[];
  }
}
