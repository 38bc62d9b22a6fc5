import type { InventoryLine } from '@tiergate/policy';
import { FACILITY_STATUSES, emptyStatusCounts, type StatusCounts } from './facility-status';
import { compareGroups, groupKeyOf, groupLabelOf, type ReportGroupBy } from './report-group-by';
import { emptySeverityCounts, type SeverityCounts } from './severity-counts';
import type { StatusReportInput } from './status-report-input';

/**
 * The figures of a group (or of the whole report). Accelerators and H100-equivalents count only
 * facilities under an approved attestation, i.e. whose status at the report's moment is
 * `compliant`: that is the compute a regulator has a signed, reviewed statement for.
 */
export interface StatusFigures {
  datacenters: number;
  byStatus: StatusCounts;
  h100Equivalents: number;
  accelerators: number;
  /** Compliant facilities whose next audit was due before the report's moment. */
  overdueReaudits: number;
  openFindings: SeverityCounts;
}

export interface StatusReportGroup extends StatusFigures {
  key: string;
  label: string;
}

export interface StatusReport {
  groupBy: ReportGroupBy;
  asOf: string;
  totals: StatusFigures;
  groups: StatusReportGroup[];
}

interface GroupAccumulator {
  figures: StatusFigures;
  lines: InventoryLine[];
}

/** Groups, counts and totals a status report from aggregated slices. Pure. */
export function buildStatusReport(input: StatusReportInput): StatusReport {
  const groups = new Map<string, GroupAccumulator>();
  const groupOf = (sourceKey: string): GroupAccumulator => {
    const key = groupKeyOf(input.groupBy, sourceKey, input.countries);
    let group = groups.get(key);
    if (!group) {
      group = { figures: emptyFigures(), lines: [] };
      groups.set(key, group);
    }
    return group;
  };

  for (const slice of input.statuses) {
    const { figures } = groupOf(slice.key);
    figures.datacenters += slice.facilities;
    figures.byStatus[slice.status] += slice.facilities;
    figures.overdueReaudits += slice.overdueReaudits;
  }
  for (const slice of input.compliantInventory) groupOf(slice.key).lines.push({ vendor: slice.vendor, model: slice.model, quantity: slice.quantity });
  for (const slice of input.openFindings) groupOf(slice.key).figures.openFindings[slice.severity] += slice.count;

  const names = input.organizationNames ?? new Map<string, string>();
  const totals = emptyFigures();
  let totalH100 = 0;
  const rows: StatusReportGroup[] = [];
  for (const [key, group] of groups) {
    const inventory = input.classifier.summarise(group.lines);
    group.figures.accelerators = inventory.totalAccelerators;
    group.figures.h100Equivalents = roundH100(inventory.h100Equivalents);
    // Totals add the unrounded figures, so they never drift from the sum of the facilities.
    totalH100 += inventory.h100Equivalents;
    addInto(totals, group.figures);
    rows.push({ key, label: groupLabelOf(input.groupBy, key, input.countries, names), ...group.figures });
  }
  totals.h100Equivalents = roundH100(totalH100);
  rows.sort((a, b) => compareGroups(input.groupBy, a, b));
  return { groupBy: input.groupBy, asOf: input.asOf.toISOString(), totals, groups: rows };
}

function emptyFigures(): StatusFigures {
  return { datacenters: 0, byStatus: emptyStatusCounts(), h100Equivalents: 0, accelerators: 0, overdueReaudits: 0, openFindings: emptySeverityCounts() };
}

function addInto(total: StatusFigures, part: StatusFigures): void {
  total.datacenters += part.datacenters;
  total.accelerators += part.accelerators;
  total.overdueReaudits += part.overdueReaudits;
  for (const status of FACILITY_STATUSES) total.byStatus[status] += part.byStatus[status];
  for (const severity of Object.keys(part.openFindings) as (keyof SeverityCounts)[]) total.openFindings[severity] += part.openFindings[severity];
}

/** Three decimals, as the datacenter view shows them. */
export function roundH100(value: number): number {
  return Math.round(value * 1_000) / 1_000;
}
