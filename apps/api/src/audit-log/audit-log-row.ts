import type { ChainedAuditEntry } from '@tiergate/domain';
import { AUDIT_LOG_COLUMNS, toChainedAuditEntry, type AuditLogRow } from '@tiergate/persistence';

export { AUDIT_LOG_COLUMNS, type AuditLogRow };

/** One entry as the API shows it: exactly what its hash covers, plus the links, so a reader can re-verify it. */
export type AuditLogEntryView = ChainedAuditEntry;

export const toAuditLogEntry: (row: AuditLogRow) => AuditLogEntryView = toChainedAuditEntry;
