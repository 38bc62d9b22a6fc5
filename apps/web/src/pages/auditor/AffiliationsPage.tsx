import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
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
  organizationId: string;
  note: string | null;
  createdAt: string;
}

interface Organization {
  id: string;
  name: string;
  hqCountry: string;
}

/** Organisations the auditor declares a tie with: their attestations leave the auditor's queue and cannot be claimed. */
export function AffiliationsPage() {
  const affiliations = usePagedList<Affiliation>('/review/affiliations');
  const organizations = useResource(() => loadAllPages<Organization>('/organizations'), []);
  const nameOf = new Map(organizations.data?.map((organization) => [organization.id, organization.name]));
  const remove = useAction((id: string) => api.delete(`/review/affiliations/${id}`));

  return (
    <>
      <h1>Affiliations</h1>
      <p>Declare any organisation you work or worked for, or hold an interest in. You will not see or claim its attestations in the review queue.</p>
      <DeclareForm organizations={organizations.data ?? []} onDeclared={affiliations.reload} />
      <h2>Your declarations</h2>
      <ErrorMessage error={remove.error} />
      <PagedTable
        caption="Your declared affiliations"
        list={affiliations}
        rowKey={(affiliation) => affiliation.id}
        empty="You have declared no affiliations."
        columns={[
          { header: 'Organisation', cell: (affiliation) => nameOf.get(affiliation.organizationId) ?? affiliation.organizationId },
          { header: 'Note', cell: (affiliation) => affiliation.note ?? '—' },
          { header: 'Declared', cell: (affiliation) => formatDateTime(affiliation.createdAt) },
          {
            header: 'Actions',
            cell: (affiliation) => (
              <button
                type="button"
                className="secondary"
                disabled={remove.busy}
                aria-label={`Remove the affiliation with ${nameOf.get(affiliation.organizationId) ?? 'this organisation'}`}
                onClick={() => void remove.run(affiliation.id).then((ok) => ok && affiliations.reload())}
              >
                Remove
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
