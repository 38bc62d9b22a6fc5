import type { StatusReport } from './status-report';

/** The status report as served: the figures, and what a reader needs to know they are looking at. */
export interface StatusReportDocument extends StatusReport {
  generatedAt: string;
  scope: { countries: string[] | 'all'; description: string };
  policy: { id: string; version: string };
  /** How the figures are defined, in the document itself so a filed copy still explains them. */
  definitions: Record<string, string>;
}

export const STATUS_REPORT_DEFINITIONS: Readonly<Record<string, string>> = Object.freeze({
  status: 'Status at asOf: the last status change recorded at or before asOf, else unattested; facilities registered after asOf are not counted.',
  h100Equivalents:
    'Total processing performance ÷ the policy’s H100 TPP, over facilities compliant (under an approved attestation) at asOf; inventories as they stand now, priced by the active policy.',
  accelerators: 'Accelerators in facilities compliant at asOf, inventories as they stand now.',
  tier: 'Country tier under the active policy version.',
  overdueReaudits: 'Facilities compliant at asOf whose next audit was due before asOf.',
  openFindings: 'Findings raised at or before asOf and open now or changed after asOf (findings keep no status history, so one changed after asOf counts as open then).',
});
