import { FACILITY_STATUSES } from './facility-status';
import { FINDING_SEVERITIES } from '@tiergate/policy';
import { csvLine } from './csv-cell';
import type { StatusFigures, StatusReport } from './status-report';

export const STATUS_REPORT_CSV_HEADER = [
  'group_by',
  'key',
  'label',
  'datacenters',
  ...FACILITY_STATUSES,
  'h100_equivalents',
  'accelerators',
  'overdue_reaudits',
  ...FINDING_SEVERITIES.map((severity) => `open_findings_${severity}`),
  'as_of',
] as const;

/** One row per group, then a `total` row; every row carries the as-of time so a row read alone still says when. */
export function statusReportCsv(report: StatusReport): string {
  const row = (key: string, label: string, figures: StatusFigures) =>
    csvLine([
      report.groupBy,
      key,
      label,
      figures.datacenters,
      ...FACILITY_STATUSES.map((status) => figures.byStatus[status]),
      figures.h100Equivalents,
      figures.accelerators,
      figures.overdueReaudits,
      ...FINDING_SEVERITIES.map((severity) => figures.openFindings[severity]),
      report.asOf,
    ]);
  return [csvLine(STATUS_REPORT_CSV_HEADER), ...report.groups.map((group) => row(group.key, group.label, group)), row('total', 'All groups', report.totals)].join('');
}
