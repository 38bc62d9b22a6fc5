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

/** One group of the findings query: how many findings of an attestation have this severity and status. */
export interface FindingTally {
  attestation_id: string;
  severity: FindingSeverity;
  status: FindingStatus;
  n: number;
}

/** Counts per attestation of `attestationIds` (zero for one without findings); tallies of other attestations are ignored. */
export function countFindings(attestationIds: readonly string[], tallies: readonly FindingTally[]): Map<string, FindingCounts> {
  const counts = new Map(attestationIds.map((id) => [id, emptyFindingCounts()]));
  for (const row of tallies) {
    const entry = counts.get(row.attestation_id);
    if (!entry) continue;
    entry.total += row.n;
    if (row.status === 'open') entry.open[row.severity] = (entry.open[row.severity] ?? 0) + row.n;
    else entry[row.status] += row.n;
  }
  return counts;
}
