import type { AuditorAffiliationEntity } from '@tiergate/persistence';

export interface AffiliationView {
  id: string;
  auditorId: string;
  organizationId: string;
  note: string | null;
  createdAt: string;
  /** The declarer asked to withdraw it; it stays in force until an admin or another auditor confirms. */
  removalRequestedAt: string | null;
}

export function toAffiliationView(row: AuditorAffiliationEntity): AffiliationView {
  return {
    id: row.id,
    auditorId: row.auditorId,
    organizationId: row.organizationId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    removalRequestedAt: row.removalRequestedAt?.toISOString() ?? null,
  };
}
