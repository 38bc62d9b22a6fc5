import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { User } from '../../api/types';
import { useUser } from '../../auth/session';
import { formatDateTime } from '../../ui/format';
import { loadAllPages } from '../../ui/load-all-pages';
import { PagedTable } from '../../ui/PagedTable';
import { useResource } from '../../ui/use-resource';
import type { Organization } from '../../api/types';
import { CreateUserForm } from './CreateUserForm';
import { UserActions } from './UserActions';
import { useEditedList } from './use-edited-list';

/** Every account: create one, disable or enable it, change its role. */
export function UsersPage() {
  const me = useUser();
  const [params] = useSearchParams();
  const users = useEditedList<User>('/users');
  const organizations = useResource(() => loadAllPages<Organization>('/organizations'), []);
  const organizationName = new Map(organizations.data?.map((organization) => [organization.id, organization.name]));
  const [created, setCreated] = useState<User | null>(null);

  return (
    <>
      <h1>Users</h1>
      {created && (
        <p className="notice" role="status">
          Created {created.email} ({created.role}). It is listed first below.
        </p>
      )}
      <CreateUserForm
        organizations={organizations.data ?? []}
        initialOrganizationId={params.get('organizationId') ?? ''}
        onCreated={(user) => {
          setCreated(user);
          users.added(user);
        }}
      />
      <h2>All users</h2>
      <PagedTable
        caption="User accounts"
        list={users.list}
        rowKey={(user) => user.id}
        empty="No users."
        columns={[
          {
            header: 'Email',
            cell: (user) => (
              <>
                {user.email} {user.createdHere && <span className="badge">new</span>}
              </>
            ),
          },
          { header: 'Role', cell: (user) => user.role },
          { header: 'Organisation', cell: (user) => (user.organizationId ? (organizationName.get(user.organizationId) ?? user.organizationId) : '—') },
          { header: 'Jurisdictions', cell: (user) => (user.role === 'regulator' ? user.jurisdictions.join(', ') || 'all' : '—') },
          { header: 'Status', cell: (user) => <span className={`badge ${user.disabled ? 'badge-suspended' : 'badge-approved'}`}>{user.disabled ? 'disabled' : 'active'}</span> },
          { header: 'Created', cell: (user) => formatDateTime(user.createdAt) },
          { header: 'Actions', cell: (user) => <UserActions user={user} me={me} onChanged={users.changed} /> },
        ]}
      />
    </>
  );
}
