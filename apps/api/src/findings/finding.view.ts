import type { FindingEntity } from '@tiergate/persistence';

export interface FindingView {
  id: string;
  attestationId: string;
  datacenterId: string;
  organizationId: string;
  code: string;
  severity: FindingEntity['severity'];
  message: string;
  controlId: string | null;
  source: FindingEntity['source'];
  createdBy: string | null;
  status: FindingEntity['status'];
  response: string | null;
  details: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export function toFindingView(row: FindingEntity): FindingView {
  return {
    id: row.id,
    attestationId: row.attestationId,
    datacenterId: row.datacenterId,
    organizationId: row.organizationId,
    code: row.code,
    severity: row.severity,
    message: row.message,
    controlId: row.controlId,
    source: row.source,
    createdBy: row.createdBy,
    status: row.status,
    response: row.response,
    details: row.details,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
