import { PagedTable } from '../../ui/PagedTable';
import { formatDateTime, formatNumber } from '../../ui/format';
import { usePagedList } from '../../ui/use-paged-list';
import type { InventoryRevision } from './api-shapes';

/** Every inventory replacement with its diff (the parent remounts it after an upload). */
export function InventoryRevisions({ datacenterId }: { datacenterId: string }) {
  const list = usePagedList<InventoryRevision>(`/datacenters/${datacenterId}/inventory/revisions`);
  return (
    <section className="card" aria-labelledby="revisions-title">
      <h2 id="revisions-title">Inventory revisions</h2>
      <PagedTable
        caption="Inventory revisions"
        list={list}
        rowKey={(item) => item.id}
        empty="No inventory uploaded yet."
        columns={[
          { header: 'Revision', cell: (item) => item.revision },
          { header: 'Uploaded', cell: (item) => formatDateTime(item.createdAt) },
          { header: 'Lines', cell: (item) => formatNumber(item.lineCount) },
          { header: 'Accelerators', cell: (item) => formatNumber(item.totalAccelerators) },
          {
            header: 'Changes',
            cell: (item) =>
              item.changes.length === 0 ? (
                'none'
              ) : (
                <ul className="op-plain">
                  {item.changes.map((change) => (
                    <li key={`${change.vendor}|${change.model}`}>
                      {change.vendor} {change.model}: {change.before} → {change.after}
                      {change.reason ? ` (${change.reason.replace(/_/g, ' ')}${change.destinationCountry ? ` to ${change.destinationCountry}` : ''})` : ''}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </section>
  );
}
