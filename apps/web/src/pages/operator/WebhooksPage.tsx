import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextField } from '../../ui/fields';
import { PagedTable } from '../../ui/PagedTable';
import { formatDateTime } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import type { Webhook } from './api-shapes';
import { WebhookDeliveries } from './WebhookDeliveries';

/** Where the organisation's notifications are POSTed (Standard Webhooks signatures), and each delivery's log. */
export function WebhooksPage() {
  const list = usePagedList<Webhook>('/webhooks');
  const [url, setUrl] = useState('');
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [shown, setShown] = useState<Webhook | null>(null);
  const create = useAction(async () => {
    const result = await api.post<Webhook & { secret: string }>('/webhooks', { url });
    setCreated({ url: result.url, secret: result.secret });
    setUrl('');
    list.reload();
  });
  const remove = useAction(async (webhook: Webhook) => {
    await api.delete(`/webhooks/${webhook.id}`);
    if (shown?.id === webhook.id) setShown(null);
    list.reload();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    void create.run();
  }

  return (
    <>
      <h1>Webhooks</h1>
      <p className="muted">
        Deliveries carry <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> (HMAC-SHA256 with the secret) and are retried with backoff before being marked
        failed.
      </p>
      <form className="card" onSubmit={submit} aria-labelledby="new-webhook-title">
        <h2 id="new-webhook-title">Add a webhook</h2>
        <ErrorMessage error={create.error} />
        <TextField label="Webhook URL" type="url" value={url} onChange={setUrl} required placeholder="https://hooks.example.com/tiergate" maxLength={2_000} />
        <button type="submit" disabled={create.busy}>
          {create.busy ? 'Adding…' : 'Add webhook'}
        </button>
      </form>
      {created && <OneTimeSecret announcement={`Webhook for ${created.url} added; this is its signing secret.`} label="Webhook signing secret" value={created.secret} />}
      <section className="card" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">Webhooks</h2>
        <ErrorMessage error={remove.error} />
        <PagedTable
          caption="Webhooks"
          list={list}
          rowKey={(webhook) => webhook.id}
          empty="No webhook yet."
          columns={[
            { header: 'URL', cell: (webhook) => <code>{webhook.url}</code> },
            { header: 'Added', cell: (webhook) => formatDateTime(webhook.createdAt) },
            {
              header: 'Actions',
              cell: (webhook) => (
                <div className="actions op-compact">
                  <button type="button" className="secondary" onClick={() => setShown(webhook)} aria-pressed={shown?.id === webhook.id}>
                    Deliveries<span className="visually-hidden"> to {webhook.url}</span>
                  </button>
                  <button type="button" className="danger" onClick={() => void remove.run(webhook)} disabled={remove.busy}>
                    Delete<span className="visually-hidden"> {webhook.url}</span>
                  </button>
                </div>
              ),
            },
          ]}
        />
      </section>
      {shown && <WebhookDeliveries key={shown.id} webhook={shown} />}
    </>
  );
}
