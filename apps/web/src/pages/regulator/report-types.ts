/** Shapes of the reports API (apps/api/src/reports) as the regulator's pages read them. */

export const FACILITY_STATUSES = ['compliant', 'pending', 'non_compliant', 'suspended', 'expired', 'unattested'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export type StatusCounts = Record<FacilityStatus, number>;

export interface SeverityCounts {
  blocker: number;
  major: number;
  minor: number;
  info: number;
}

export interface StatusFigures {
  datacenters: number;
  byStatus: StatusCounts;
  h100Equivalents: number;
  accelerators: number;
  overdueReaudits: number;
  openFindings: SeverityCounts;
}

export interface StatusReportGroup extends StatusFigures {
  key: string;
  label: string;
}

export type ReportGroupBy = 'country' | 'tier' | 'organization';

/** GET /reports/status?format=json */
export interface StatusReport {
  groupBy: ReportGroupBy;
  asOf: string;
  generatedAt: string;
  scope: { countries: string[] | 'all'; description: string };
  policy: { id: string; version: string };
  totals: StatusFigures;
  groups: StatusReportGroup[];
  definitions: Record<string, string>;
}

/** One facility of GET /reports/datacenters?format=json, as it stands now. */
export interface FacilityRow {
  id: string;
  name: string;
  organizationId: string;
  organization: string;
  countryCode: string;
  tier: 1 | 2 | 3 | null;
  status: FacilityStatus;
  accelerators: number;
  h100Equivalents: number;
  attestation: { id: string; version: number; status: string } | null;
  validUntil: string | null;
  nextAuditDue: string | null;
  openFindings: SeverityCounts;
}

export interface FacilityExport {
  generatedAt: string;
  scope: string;
  policy: { id: string; version: string };
  datacenters: FacilityRow[];
}

export interface ReadinessCheck {
  criterion: string;
  required: number | boolean;
  actual: number | boolean | null;
  met: boolean;
  explanation: string;
}

export interface CountryReadiness {
  countryCode: string;
  name: string;
  facilities: number;
  compliant: number;
  shareCompliant: number | null;
  verdict: 'ready' | 'not_ready';
  checks: ReadinessCheck[];
}

/** GET /reports/tier-readiness */
export interface TierReadinessReport {
  generatedAt: string;
  criteriaSource: 'policy' | 'default';
  countries: CountryReadiness[];
}

/** How a regulator reads a status word. */
export function statusLabel(status: string): string {
  return status.replace(/_/g, ' ');
}
