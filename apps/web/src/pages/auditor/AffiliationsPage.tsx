import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField, TextField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { loadAllPages } from '../../ui/load-all-pages';
import { PagedTable } from '../../ui/PagedTable';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import { useResource } from '../../ui/use-resource';

interface Affiliation {
  id: string;
  auditorId: string;
  organizationId: string;
  note: string | null;
  createdAt: string;
  /** Withdrawal asked for; the declaration stays in force until an admin or another auditor confirms. */
  removalRequestedAt: string | null;
}

interface Organization {
  id: string;
  name: string;
  hqCountry: string;
}

/**
 * Organisations the auditor declares a tie with: their attestations leave the auditor's queue and
 * cannot be claimed. Withdrawing one takes two people: the auditor asks, an admin or another auditor confirms.
 */
export function AffiliationsPage() {
  const user = useUser();
  const affiliations = usePagedList<Affiliation>('/review/affiliations');
  const requested = usePagedList<Affiliation>('/review/affiliations', { removal: 'requested' });
  const organizations = useResource(() => loadAllPages<Organization>('/organizations'), []);
  const nameOf = (affiliation: Affiliation) => organizations.data?.find((organization) => organization.id === affiliation.organizationId)?.name ?? affiliation.organizationId;
  const withdraw = useAction((id: string) => api.delete(`/review/affiliations/${id}`));
  const reload = () => {
    affiliations.reload();
    requested.reload();
  };

  return (
    <>
      <h1>Affiliations</h1>
      <p>Declare any organisation you work or worked for, or hold an interest in. You will not see or claim its attestations in the review queue.</p>
      <DeclareForm organizations={organizations.data ?? []} onDeclared={reload} />
      <h2>Your declarations</h2>
      <p className="muted">Asking to withdraw one does not lift it: it stays in force until an admin or another auditor confirms.</p>
      <ErrorMessage error={withdraw.error} />
      <PagedTable
        caption="Your declared affiliations"
        list={affiliations}
        rowKey={(affiliation) => affiliation.id}
        empty="You have declared no affiliations."
        columns={[
          { header: 'Organisation', cell: nameOf },
          { header: 'Note', cell: (affiliation) => affiliation.note ?? '—' },
          { header: 'Declared', cell: (affiliation) => formatDateTime(affiliation.createdAt) },
          {
            header: 'Actions',
            cell: (affiliation) =>
              affiliation.removalRequestedAt ? (
                `Withdrawal asked for ${formatDateTime(affiliation.removalRequestedAt)}; waiting for a second person`
              ) : (
                <button
                  type="button"
                  className="secondary"
                  disabled={withdraw.busy}
                  aria-label={`Ask to withdraw the affiliation with ${nameOf(affiliation)}`}
                  onClick={() => void withdraw.run(affiliation.id).then((ok) => ok && reload())}
                >
                  Ask to withdraw
                </button>
              ),
          },
        ]}
      />
      <h2>Withdrawals to confirm</h2>
      <PagedTable
        caption="Other auditors' requests to withdraw a declaration"
        list={requested}
        rowKey={(affiliation) => affiliation.id}
        empty="No withdrawal is waiting for confirmation."
        columns={[
          { header: 'Organisation', cell: nameOf },
          { header: 'Note', cell: (affiliation) => affiliation.note ?? '—' },
          { header: 'Asked for', cell: (affiliation) => formatDateTime(affiliation.removalRequestedAt) },
          {
            header: 'Actions',
            cell: (affiliation) =>
              affiliation.auditorId === user.id ? (
                'Yours: another auditor confirms'
              ) : (
                <button
                  type="button"
                  disabled={withdraw.busy}
                  aria-label={`Confirm the withdrawal of the affiliation with ${nameOf(affiliation)}`}
                  onClick={() => void withdraw.run(affiliation.id).then((ok) => ok && reload())}
                >
                  Confirm withdrawal
                </button>
              ),
          },
        ]}
      />
    </>
  );
}

function DeclareForm({ organizations, onDeclared }: { organizations: Organization[]; onDeclared(): void }) {
  const [organizationId, setOrganizationId] = useState('');
  const [note, setNote] = useState('');
  const declare = useAction(() => api.post('/review/affiliations', { organizationId, note: note.trim() || undefined }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await declare.run()) {
      setOrganizationId('');
      setNote('');
      onDeclared();
    }
  }
  const options = [
    { value: '', label: 'Choose an organisation' },
    ...[...organizations].sort((a, b) => a.name.localeCompare(b.name)).map((organization) => ({ value: organization.id, label: `${organization.name} (${organization.hqCountry})` })),
  ];
  return (
    <form onSubmit={submit} className="card att-card" aria-labelledby="declare-affiliation">
      <h2 id="declare-affiliation">Declare an affiliation</h2>
      <ErrorMessage error={declare.error} />
      <SelectField label="Organisation" value={organizationId} onChange={setOrganizationId} options={options} required />
      <TextField label="Note (optional)" hint="For example: employed there until 2024" value={note} onChange={setNote} maxLength={1_000} />
      <button type="submit" disabled={declare.busy}>
        {declare.busy ? 'Declaring…' : 'Declare'}
      </button>
    </form>
  );
}
