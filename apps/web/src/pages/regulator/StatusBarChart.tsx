import { useId } from 'react';
import { formatNumber } from '../../ui/format';
import { FACILITY_STATUSES, statusLabel, type StatusReportGroup } from './report-types';

/**
 * Facilities by status per group as horizontal stacked bars, drawn in plain HTML. Each bar is an
 * image whose accessible name carries every count, and the same numbers are in a table below, so
 * neither a screen reader nor a colour-blind reader depends on the colours.
 */
export function StatusBarChart({ title, groups, groupHeader }: { title: string; groups: StatusReportGroup[]; groupHeader: string }) {
  const titleId = useId();
  const largest = Math.max(1, ...groups.map((group) => group.datacenters));
  return (
    <figure className="card reg-chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <h2>{title}</h2>
      </figcaption>
      {groups.length === 0 ? (
        <p className="empty">No facility in scope.</p>
      ) : (
        <>
          <StatusLegend />
          <ul className="reg-chart-bars">
            {groups.map((group) => (
              <li key={group.key}>
                <span className="reg-chart-label">{group.label}</span>
                <span className="reg-chart-bar" role="img" aria-label={describeGroup(group)}>
                  {FACILITY_STATUSES.filter((status) => group.byStatus[status] > 0).map((status) => (
                    <span
                      key={status}
                      className={`reg-chart-segment reg-status-${status}`}
                      style={{ width: `${(group.byStatus[status] / largest) * 100}%` }}
                      title={`${statusLabel(status)}: ${group.byStatus[status]}`}
                    />
                  ))}
                </span>
                <span className="reg-chart-total" aria-hidden="true">
                  {formatNumber(group.datacenters)}
                </span>
              </li>
            ))}
          </ul>
          <details>
            <summary>{title}: the figures as a table</summary>
            <StatusTable caption={title} groups={groups} groupHeader={groupHeader} />
          </details>
        </>
      )}
    </figure>
  );
}

function StatusLegend() {
  return (
    <ul className="reg-chart-legend" aria-label="Colours">
      {FACILITY_STATUSES.map((status) => (
        <li key={status}>
          <span className={`reg-chart-swatch reg-status-${status}`} aria-hidden="true" />
          {statusLabel(status)}
        </li>
      ))}
    </ul>
  );
}

function StatusTable({ caption, groups, groupHeader }: { caption: string; groups: StatusReportGroup[]; groupHeader: string }) {
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          <th scope="col">Facilities</th>
          {FACILITY_STATUSES.map((status) => (
            <th scope="col" key={status}>
              {statusLabel(status)}
            </th>
          ))}
          <th scope="col">Overdue re-audits</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">{group.label}</th>
            <td>{formatNumber(group.datacenters)}</td>
            {FACILITY_STATUSES.map((status) => (
              <td key={status}>{formatNumber(group.byStatus[status])}</td>
            ))}
            <td>{formatNumber(group.overdueReaudits)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function describeGroup(group: StatusReportGroup): string {
  const counts = FACILITY_STATUSES.map((status) => `${group.byStatus[status]} ${statusLabel(status)}`).join(', ');
  return `${group.label}: ${group.datacenters} ${group.datacenters === 1 ? 'facility' : 'facilities'} — ${counts}`;
}
