import type { ChainedAuditEntry } from '@tiergate/domain';

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

/** Exactly what the entry's hash covers, plus the links: the shape the chain verifier and the API share. */
export function toChainedAuditEntry(row: AuditLogRow): ChainedAuditEntry {
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
