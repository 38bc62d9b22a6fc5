/** Shapes of the audit-log API (apps/api/src/audit-log) as the regulator's page reads them. */

export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actor: { type: 'user' | 'api_key' | 'system'; id: string | null };
  action: string;
  entityType: string;
  entityId: string | null;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export type AuditChainBreak = { seq: number; reason: 'sequence_gap'; expectedSeq: number } | { seq: number; reason: 'prev_hash_mismatch' | 'hash_mismatch'; expected: string; actual: string };

/** GET /audit-log/verify */
export interface AuditChainVerdict {
  valid: boolean;
  entries: number;
  head: string;
  firstBroken?: AuditChainBreak;
}

/** The filters of GET /audit-log and /audit-log/export; `from` is inclusive, `to` exclusive. */
export interface AuditFilters {
  entityType: string;
  entityId: string;
  actorId: string;
  action: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { entityType: '', entityId: '', actorId: '', action: '', from: '', to: '' };
