import type { ChainedAuditEntry } from '@tiergate/domain';

/** One entry as the API shows it: exactly what its hash covers, plus the links, so a reader can re-verify it. */
export type AuditLogEntryView = ChainedAuditEntry;

export const AUDIT_LOG_COLUMNS = 'seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash';

/** A row of audit_log as pg returns it: bigint as a string, timestamptz as a Date. */
export interface AuditLogRow {
  seq: string;
  occurred_at: Date;
  actor_type: ChainedAuditEntry['actor']['type'];
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  payload: ChainedAuditEntry['payload'];
  prev_hash: string;
  hash: string;
}

export function toAuditLogEntry(row: AuditLogRow): AuditLogEntryView {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actor: { type: row.actor_type, id: row.actor_id },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    payload: row.payload,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
