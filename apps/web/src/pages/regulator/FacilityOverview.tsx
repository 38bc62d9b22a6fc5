import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { EmptyState, Loading } from '../../ui/states';
import { formatDateTime, formatNumber } from '../../ui/format';
import { useResource } from '../../ui/use-resource';
import { FacilitiesSection } from './FacilitiesSection';
import { FacilityTable } from './FacilityTable';
import { overdueFacilities } from './overdue';
import type { FacilityExport, StatusReport } from './report-types';

/**
 * Up to this many facilities in scope the list loads with the page; beyond it a regulator asks for
 * it, because the list is the whole facility export and grows with the registry.
 */
const FACILITY_LIST_AUTOLOAD = 5_000;

/** The overdue re-audits and every facility in scope, from the signed facility export. */
export function FacilityOverview({ report }: { report: StatusReport }) {
  const inScope = report.totals.datacenters;
  const [asked, setAsked] = useState(false);
  const wanted = inScope > 0 && (inScope <= FACILITY_LIST_AUTOLOAD || asked);
  // A new report (a refresh) reloads the list too, so both describe the same moment.
  const facilities = useResource(() => (wanted ? api.get<FacilityExport>('/reports/datacenters', { format: 'json' }) : Promise.resolve(null)), [wanted, report]);

  if (inScope === 0) return <EmptyState>No facility is registered in your scope yet.</EmptyState>;
  if (facilities.error) return <ErrorMessage error={facilities.error} />;
  if (!wanted) {
    return (
      <section className="card" aria-labelledby="facilities-title">
        <h2 id="facilities-title">Facilities and overdue re-audits</h2>
        <p>
          {formatNumber(inScope)} facilities are in scope, {formatNumber(report.totals.overdueReaudits)} of them with an overdue re-audit. The list is the full facility export.
        </p>
        <button type="button" onClick={() => setAsked(true)}>
          Load the facility list
        </button>
      </section>
    );
  }
  if (!facilities.data) return <Loading what="Loading the facility list" />;
  return (
    <>
      <section className="card" aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue re-audits</h2>
        <p className="muted">Compliant facilities whose next audit was due before {formatDateTime(report.asOf)}.</p>
        <FacilityTable caption="Overdue re-audits" rows={overdueFacilities(facilities.data.datacenters, report.asOf)} empty="No re-audit is overdue." />
      </section>
      <FacilitiesSection rows={facilities.data.datacenters} />
    </>
  );
}
