import type { AuditorAffiliationEntity } from '@tiergate/persistence';

export interface AffiliationView {
  id: string;
  auditorId: string;
  organizationId: string;
  note: string | null;
  createdAt: string;
}

export function toAffiliationView(row: AuditorAffiliationEntity): AffiliationView {
  return { id: row.id, auditorId: row.auditorId, organizationId: row.organizationId, note: row.note, createdAt: row.createdAt.toISOString() };
}
