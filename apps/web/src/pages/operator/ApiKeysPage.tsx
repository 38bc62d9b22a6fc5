import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextField } from '../../ui/fields';
import { PagedTable } from '../../ui/PagedTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import { API_KEY_SCOPE_CHOICES } from './api-key-scopes';
import type { ApiKey } from './api-shapes';

/** A datetime-local value (the browser's local time) as the instant the API takes. */
function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? local : moment.toISOString();
}

function stateOf(apiKey: ApiKey): 'revoked' | 'expired' | 'active' {
  if (apiKey.revokedAt) return 'revoked';
  return apiKey.expiresAt && new Date(apiKey.expiresAt).getTime() <= Date.now() ? 'expired' : 'active';
}

/** Keys for the organisation's automation; the key itself is shown once, when it is created. */
export function ApiKeysPage() {
  const list = usePagedList<ApiKey>('/api-keys');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['read']);
  const [expiresAt, setExpiresAt] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const create = useAction(async () => {
    const result = await api.post<ApiKey & { key: string }>('/api-keys', { name, scopes, expiresAt: instantOf(expiresAt) });
    setCreated({ name: result.name, key: result.key });
    setName('');
    setExpiresAt('');
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

  const toggle = (scope: string, on: boolean) => setScopes((current) => (on ? [...current.filter((each) => each !== scope), scope] : current.filter((each) => each !== scope)));

  return (
    <>
      <h1>API keys</h1>
      <p className="muted">
        A key acts as an operator of your organisation, limited to the scopes you give it: send it as the <code>X-Api-Key</code> header. No key can create keys, replace signing keys, change ownership
        or manage webhooks — sign in for those. A key stops working when it is revoked, when it expires, or when the person who created it is disabled.
      </p>
      <form className="card" onSubmit={submit} aria-labelledby="new-key-title">
        <h2 id="new-key-title">Create a key</h2>
        <ErrorMessage error={create.error} />
        <TextField label="Key name" value={name} onChange={setName} required maxLength={100} hint="What the key is for, e.g. inventory sync" />
        <fieldset>
          <legend>Scopes</legend>
          {API_KEY_SCOPE_CHOICES.map((choice) => (
            <ScopeCheckbox key={choice.scope} label={choice.label} hint={choice.hint} checked={scopes.includes(choice.scope)} onChange={(on) => toggle(choice.scope, on)} />
          ))}
        </fieldset>
        <TextField label="Expires (optional)" type="datetime-local" value={expiresAt} onChange={setExpiresAt} hint="Your local time; leave empty for a key that does not expire" />
        <button type="submit" disabled={create.busy || scopes.length === 0}>
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
            { header: 'Scopes', cell: (apiKey) => apiKey.scopes.join(', ') },
            { header: 'Created', cell: (apiKey) => formatDateTime(apiKey.createdAt) },
            { header: 'Expires', cell: (apiKey) => (apiKey.expiresAt ? formatDateTime(apiKey.expiresAt) : 'never') },
            { header: 'Last used', cell: (apiKey) => formatDateTime(apiKey.lastUsedAt) },
            { header: 'State', cell: (apiKey) => <StatusBadge status={stateOf(apiKey)} /> },
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

function ScopeCheckbox({ label, hint, checked, onChange }: { label: string; hint: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field op-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="muted">
        {' '}
        — {hint}
      </span>
    </div>
  );
}
