import { Link } from 'react-router-dom';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDate, formatNumber } from '../../ui/format';
import { usePagedList } from '../../ui/use-paged-list';
import type { Datacenter } from './api-shapes';
import { CreateDatacenterForm } from './CreateDatacenterForm';

export function DatacentersPage() {
  const list = usePagedList<Datacenter>('/datacenters');
  return (
    <>
      <h1>Datacenters</h1>
      <section className="card" aria-labelledby="facilities-title">
        <h2 id="facilities-title">Your facilities</h2>
        <PagedTable
          caption="Your facilities"
          list={list}
          rowKey={(datacenter) => datacenter.id}
          empty="No facility registered yet. Register the first one below."
          columns={[
            { header: 'Name', cell: (datacenter) => <Link to={`/datacenters/${datacenter.id}`}>{datacenter.name}</Link> },
            { header: 'Country', cell: (datacenter) => datacenter.countryCode },
            { header: 'Tier', cell: (datacenter) => datacenter.tier ?? '—' },
            { header: 'Status', cell: (datacenter) => <StatusBadge status={datacenter.complianceStatus} /> },
            { header: 'Accelerators', cell: (datacenter) => formatNumber(datacenter.totalAccelerators) },
            { header: 'Next audit due', cell: (datacenter) => formatDate(datacenter.nextAuditDue) },
          ]}
        />
      </section>
      <CreateDatacenterForm />
    </>
  );
}
