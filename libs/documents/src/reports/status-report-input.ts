import type { FindingSeverity, InventoryLine } from '@tiergate/policy';
import type { FacilityStatus } from './facility-status';
import type { ReportCountries, ReportGroupBy } from './report-group-by';

/**
 * Facilities that share a source key (country code, or organisation id) and a status at the
 * report's moment. One facility per slice works as well as a pre-aggregated count: the math is the
 * same, so SQL may aggregate as much as it likes.
 */
export interface StatusSlice {
  key: string;
  status: FacilityStatus;
  facilities: number;
  /** Of these, compliant facilities whose next audit was due before the report's moment. */
  overdueReaudits: number;
}

/** Accelerators of one model spelling in facilities compliant at the report's moment. */
export interface CompliantInventorySlice extends InventoryLine {
  key: string;
}

/** Findings open at the report's moment, of one severity. */
export interface OpenFindingSlice {
  key: string;
  severity: FindingSeverity;
  count: number;
}

export interface StatusReportInput {
  groupBy: ReportGroupBy;
  asOf: Date;
  statuses: Iterable<StatusSlice>;
  compliantInventory: Iterable<CompliantInventorySlice>;
  openFindings: Iterable<OpenFindingSlice>;
  countries: ReportCountries;
  /** Organisation names by id, for labels when grouping by organisation. */
  organizationNames?: ReadonlyMap<string, string>;
  /** Turns accelerator lines into H100-equivalents: the active policy's InventoryClassifier. */
  classifier: { summarise(lines: Iterable<InventoryLine>): { totalAccelerators: number; h100Equivalents: number } };
}
