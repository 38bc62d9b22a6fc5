import { Link } from 'react-router-dom';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../ui/format';
import { usePagedList } from '../../ui/use-paged-list';
import { ActivePolicyCard } from './ActivePolicyCard';
import type { PolicyVersion } from './policy-types';
import { PublishPackForm } from './PublishPackForm';
import { ReevaluationProgress } from './ReevaluationProgress';

export function PolicyVersionsPage() {
  const versions = usePagedList<PolicyVersion>('/policy/versions');
  return (
    <div className="reg-page">
      <h1>Policy versions</h1>
      <ActivePolicyCard />
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">Versions</h2>
        <PagedTable
          caption="Policy versions"
          list={versions}
          rowKey={(version) => version.id}
          empty="No policy version yet."
          columns={[
            { header: 'Version', cell: (version) => <Link to={`/policy/${version.id}`}>{version.version}</Link> },
            { header: 'Title', cell: (version) => version.title },
            { header: 'Status', cell: (version) => <StatusBadge status={version.status} /> },
            { header: 'Published', cell: (version) => formatDateTime(version.publishedAt) },
            { header: 'Activated', cell: (version) => formatDateTime(version.activatedAt) },
            { header: 'Approvals', cell: (version) => `${version.approvals.length} of ${version.approvalsRequired}` },
            { header: 'Re-evaluation', cell: (version) => <ReevaluationProgress reevaluation={version.reevaluation} /> },
          ]}
        />
      </section>
      <PublishPackForm />
    </div>
  );
}
