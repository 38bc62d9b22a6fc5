import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../ui/format';
import { usePagedList } from '../../ui/use-paged-list';
import type { Webhook, WebhookDelivery } from './api-shapes';

export function WebhookDeliveries({ webhook }: { webhook: Webhook }) {
  const list = usePagedList<WebhookDelivery>(`/webhooks/${webhook.id}/deliveries`);
  return (
    <section className="card" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Deliveries to {webhook.url}</h2>
      <button type="button" className="secondary" onClick={list.reload} disabled={list.loading}>
        Refresh
      </button>
      <PagedTable
        caption={`Deliveries to ${webhook.url}`}
        list={list}
        rowKey={(delivery) => delivery.id}
        empty="Nothing sent to this webhook yet."
        columns={[
          { header: 'Created', cell: (delivery) => formatDateTime(delivery.createdAt) },
          { header: 'Status', cell: (delivery) => <StatusBadge status={delivery.status} /> },
          { header: 'Attempts', cell: (delivery) => delivery.attempts },
          { header: 'Last answer', cell: (delivery) => delivery.lastStatusCode ?? delivery.lastError ?? '—' },
          { header: 'Delivered', cell: (delivery) => formatDateTime(delivery.deliveredAt) },
        ]}
      />
    </section>
  );
}
