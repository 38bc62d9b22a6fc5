import type { ReactNode } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/states';
import { formatDateTime } from '../../ui/format';
import { useResource } from '../../ui/use-resource';
import { FacilityOverview } from './FacilityOverview';
import type { StatusReport, TierReadinessReport } from './report-types';
import { StatusBarChart } from './StatusBarChart';
import { SummaryFigures } from './SummaryFigures';
import { TierReadinessSection } from './TierReadinessSection';

/** The status report of now, by tier and by country, with the facilities behind it and Tier 2 readiness. */
export function DashboardPage() {
  const reports = useResource(() => Promise.all([api.get<StatusReport>('/reports/status', { groupBy: 'tier' }), api.get<StatusReport>('/reports/status', { groupBy: 'country' })]), []);
  const readiness = useResource(() => api.get<TierReadinessReport>('/reports/tier-readiness'), []);
  const refresh = () => {
    reports.reload();
    readiness.reload();
  };

  if (reports.error)
    return (
      <DashboardFrame onRefresh={refresh}>
        <ErrorMessage error={reports.error} />
      </DashboardFrame>
    );
  if (!reports.data)
    return (
      <DashboardFrame onRefresh={refresh}>
        <Loading what="Loading the status report" />
      </DashboardFrame>
    );
  const [byTier, byCountry] = reports.data;
  return (
    <DashboardFrame onRefresh={refresh} busy={reports.loading}>
      <p className="muted">
        Scope: {byTier.scope.description} · policy {byTier.policy.version} · as of {formatDateTime(byTier.asOf)}
      </p>
      <SummaryFigures totals={byTier.totals} />
      <div className="grid-2">
        <StatusBarChart title="Facilities by tier" groups={byTier.groups} groupHeader="Tier" />
        <StatusBarChart title="Facilities by country" groups={byCountry.groups} groupHeader="Country" />
      </div>
      <FacilityOverview report={byTier} />
      <TierReadinessSection readiness={readiness} />
    </DashboardFrame>
  );
}

function DashboardFrame({ children, onRefresh, busy = false }: { children: ReactNode; onRefresh(): void; busy?: boolean }) {
  return (
    <div className="reg-page">
      <div className="reg-page-head">
        <h1>Dashboard</h1>
        <button type="button" className="secondary" onClick={onRefresh} disabled={busy}>
          {busy ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {children}
    </div>
  );
}
