import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { PagedTable } from '../../ui/PagedTable';
import { useAction } from '../../ui/use-action';
import type { Organization } from '../../api/types';
import { useEditedList } from './use-edited-list';

/** The operators' organisations: create one, then give it an operator account. */
export function OrganizationsPage() {
  const organizations = useEditedList<Organization>('/organizations');
  const [created, setCreated] = useState<Organization | null>(null);
  return (
    <>
      <h1>Organisations</h1>
      {created && (
        <p className="notice" role="status">
          Created {created.name}. <Link to={`/?organizationId=${created.id}`}>Create an operator for it</Link>.
        </p>
      )}
      <CreateOrganizationForm
        onCreated={(organization) => {
          setCreated(organization);
          organizations.added(organization);
        }}
      />
      <h2>All organisations</h2>
      <PagedTable
        caption="Organisations"
        list={organizations.list}
        rowKey={(organization) => organization.id}
        empty="No organisations yet."
        columns={[
          {
            header: 'Name',
            cell: (organization) => (
              <>
                {organization.name} {organization.createdHere && <span className="badge">new</span>}
              </>
            ),
          },
          { header: 'HQ country', cell: (organization) => organization.hqCountry },
          { header: 'LEI', cell: (organization) => organization.lei ?? '—' },
          { header: 'Created', cell: (organization) => formatDateTime(organization.createdAt) },
          {
            header: 'Actions',
            cell: (organization) => (
              <Link to={`/?organizationId=${organization.id}`} aria-label={`Create an operator for ${organization.name}`}>
                Create an operator
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}

function CreateOrganizationForm({ onCreated }: { onCreated(organization: Organization): void }) {
  const [name, setName] = useState('');
  const [hqCountry, setHqCountry] = useState('');
  const [lei, setLei] = useState('');
  const create = useAction(async () => {
    const organization = await api.post<Organization>('/organizations', { name, hqCountry, lei: lei.trim() || undefined });
    setName('');
    setHqCountry('');
    setLei('');
    onCreated(organization);
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    await create.run();
  }
  return (
    <form onSubmit={submit} className="card att-card" aria-labelledby="create-organization">
      <h2 id="create-organization">Create an organisation</h2>
      <ErrorMessage error={create.error} />
      <div className="grid-2">
        <TextField label="Name" value={name} onChange={setName} required minLength={2} maxLength={200} />
        <TextField label="Headquarters country" hint="ISO 3166-1 alpha-2 code, like DE" value={hqCountry} onChange={(value) => setHqCountry(value.toUpperCase())} required maxLength={2} />
      </div>
      <TextField label="LEI (optional)" hint="Legal Entity Identifier, 20 characters" value={lei} onChange={setLei} maxLength={20} />
      <button type="submit" disabled={create.busy}>
        {create.busy ? 'Creating…' : 'Create organisation'}
      </button>
    </form>
  );
}
