import type { EntityManager } from 'typeorm';
import { FINDING_SEVERITIES, type FindingSeverity, type FindingStatus } from '@tiergate/persistence';

export interface FindingCounts {
  /** Open findings by severity: what the auditor still has to weigh. */
  open: Record<FindingSeverity, number>;
  remediated: number;
  closed: number;
  total: number;
}

export function emptyFindingCounts(): FindingCounts {
  return { open: Object.fromEntries(FINDING_SEVERITIES.map((severity) => [severity, 0])) as Record<FindingSeverity, number>, remediated: 0, closed: 0, total: 0 };
}

/** Counts for a page of attestations in one grouped query. */
export async function findingCountsOf(manager: EntityManager, attestationIds: readonly string[]): Promise<Map<string, FindingCounts>> {
  const counts = new Map(attestationIds.map((id) => [id, emptyFindingCounts()]));
  if (attestationIds.length === 0) return counts;
  const rows = (await manager.query(`SELECT attestation_id, severity, status, count(*)::int AS n FROM findings WHERE attestation_id = ANY($1::uuid[]) GROUP BY attestation_id, severity, status`, [
    attestationIds,
  ])) as { attestation_id: string; severity: FindingSeverity; status: FindingStatus; n: number }[];
  for (const row of rows) {
    const entry = counts.get(row.attestation_id);
    if (!entry) continue;
    entry.total += row.n;
    if (row.status === 'open') entry.open[row.severity] = (entry.open[row.severity] ?? 0) + row.n;
    else entry[row.status] += row.n;
  }
  return counts;
}
