import { formatNumber } from '../../ui/format';
import type { StatusFigures } from './report-types';

/** The report's totals, the few numbers a regulator reads first. */
export function SummaryFigures({ totals }: { totals: StatusFigures }) {
  const findings = totals.openFindings;
  const figures: [string, string][] = [
    ['Facilities', formatNumber(totals.datacenters)],
    ['Compliant', formatNumber(totals.byStatus.compliant)],
    ['Pending', formatNumber(totals.byStatus.pending)],
    ['Non-compliant', formatNumber(totals.byStatus.non_compliant)],
    ['Suspended', formatNumber(totals.byStatus.suspended)],
    ['Overdue re-audits', formatNumber(totals.overdueReaudits)],
    ['H100-equivalents under approval', formatNumber(totals.h100Equivalents)],
    ['Open blocker / major findings', `${formatNumber(findings.blocker)} / ${formatNumber(findings.major)}`],
  ];
  return (
    <dl className="reg-figures" aria-label="Totals">
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
