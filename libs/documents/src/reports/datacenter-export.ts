import { FINDING_SEVERITIES, type InventoryLine, type Tier } from '@tiergate/policy';
import { csvCell } from './csv-cell';
import type { InventoryTotals } from './inventory-pricing';
import type { FacilityStatus } from './facility-status';
import type { ReportCountries } from './report-group-by';
import type { SeverityCounts } from './severity-counts';
import { roundH100 } from './status-report';

/** A facility as the database hands it to the export: stored columns, nothing derived yet. */
export interface DatacenterExportSource {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  countryCode: string;
  status: FacilityStatus;
  inventoryModels: InventoryLine[];
  nextAuditDue: string | null;
  attestationId: string | null;
  attestationVersion: number | null;
  attestationStatus: string | null;
  validUntil: string | null;
  openFindings: SeverityCounts;
}

/** One line of the facility export, figures derived from the active policy. */
export interface DatacenterExportRow {
  id: string;
  name: string;
  organizationId: string;
  organization: string;
  countryCode: string;
  tier: Tier | null;
  status: FacilityStatus;
  accelerators: number;
  h100Equivalents: number;
  /** The approved attestation in force, else the latest one submitted (drafts and withdrawn ones never count). */
  attestation: { id: string; version: number; status: string } | null;
  validUntil: string | null;
  nextAuditDue: string | null;
  openFindings: SeverityCounts;
}

export function toDatacenterExportRow(source: DatacenterExportSource, countries: ReportCountries, pricer: { totals(lines: readonly InventoryLine[]): InventoryTotals }): DatacenterExportRow {
  const inventory = pricer.totals(source.inventoryModels);
  return {
    id: source.id,
    name: source.name,
    organizationId: source.organizationId,
    organization: source.organizationName,
    countryCode: source.countryCode,
    tier: countries.get(source.countryCode)?.tier ?? null,
    status: source.status,
    accelerators: inventory.totalAccelerators,
    h100Equivalents: roundH100(inventory.h100Equivalents),
    attestation:
      source.attestationId && source.attestationVersion !== null && source.attestationStatus
        ? { id: source.attestationId, version: source.attestationVersion, status: source.attestationStatus }
        : null,
    validUntil: source.validUntil,
    nextAuditDue: source.nextAuditDue,
    openFindings: source.openFindings,
  };
}

export const DATACENTER_EXPORT_CSV_HEADER = [
  'id',
  'name',
  'organization_id',
  'organization',
  'country',
  'tier',
  'status',
  'accelerators',
  'h100_equivalents',
  'attestation_id',
  'attestation_version',
  'attestation_status',
  'valid_until',
  'next_audit_due',
  ...FINDING_SEVERITIES.map((severity) => `open_findings_${severity}`),
] as const;

/**
 * One CSV record. Only the names are text an operator typed; every other field is an id, a code, a
 * number or an ISO time, which never needs quoting, so the per-cell checks run on two cells of
 * eighteen (this line is written 100,000 times per export).
 */
export function datacenterExportCsvLine(row: DatacenterExportRow): string {
  const findings = row.openFindings;
  return (
    `${row.id},${csvCell(row.name)},${row.organizationId},${csvCell(row.organization)},${row.countryCode},${row.tier ?? ''},${row.status},` +
    `${row.accelerators},${row.h100Equivalents},${row.attestation?.id ?? ''},${row.attestation?.version ?? ''},${row.attestation?.status ?? ''},` +
    `${row.validUntil ?? ''},${row.nextAuditDue ?? ''},${findings.blocker},${findings.major},${findings.minor},${findings.info}\r\n`
  );
}
