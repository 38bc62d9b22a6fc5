import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextField } from '../../ui/fields';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import type { ApiKey } from './api-shapes';

/** Keys for the organisation's automation; the key itself is shown once, when it is created. */
export function ApiKeysPage() {
  const list = usePagedList<ApiKey>('/api-keys');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const create = useAction(async () => {
    const result = await api.post<ApiKey & { key: string }>('/api-keys', { name });
    setCreated({ name: result.name, key: result.key });
    setName('');
    list.reload();
  });
  const revoke = useAction(async (apiKey: ApiKey) => {
    await api.delete(`/api-keys/${apiKey.id}`);
    list.reload();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    void create.run();
  }

  return (
    <>
      <h1>API keys</h1>
      <p className="muted">
        A key acts as an operator of your organisation: send it as the <code>X-Api-Key</code> header. Revoking takes effect at once.
      </p>
      <form className="card" onSubmit={submit} aria-labelledby="new-key-title">
        <h2 id="new-key-title">Create a key</h2>
        <ErrorMessage error={create.error} />
        <TextField label="Key name" value={name} onChange={setName} required maxLength={100} hint="What the key is for, e.g. inventory sync" />
        <button type="submit" disabled={create.busy}>
          {create.busy ? 'Creating…' : 'Create key'}
        </button>
      </form>
      {created && <OneTimeSecret announcement={`Key “${created.name}” created.`} label="New API key" value={created.key} />}
      <section className="card" aria-labelledby="keys-title">
        <h2 id="keys-title">Keys</h2>
        <ErrorMessage error={revoke.error} />
        <PagedTable
          caption="API keys"
          list={list}
          rowKey={(apiKey) => apiKey.id}
          empty="No API key yet."
          columns={[
            { header: 'Name', cell: (apiKey) => apiKey.name },
            { header: 'Prefix', cell: (apiKey) => <code>{apiKey.prefix}</code> },
            { header: 'Created', cell: (apiKey) => formatDateTime(apiKey.createdAt) },
            { header: 'Last used', cell: (apiKey) => formatDateTime(apiKey.lastUsedAt) },
            { header: 'State', cell: (apiKey) => <StatusBadge status={apiKey.revokedAt ? 'revoked' : 'active'} /> },
            {
              header: 'Actions',
              cell: (apiKey) =>
                apiKey.revokedAt ? (
                  <span className="muted">revoked {formatDateTime(apiKey.revokedAt)}</span>
                ) : (
                  <button type="button" className="danger" onClick={() => void revoke.run(apiKey)} disabled={revoke.busy}>
                    Revoke<span className="visually-hidden"> {apiKey.name}</span>
                  </button>
                ),
            },
          ]}
        />
      </section>
    </>
  );
}
