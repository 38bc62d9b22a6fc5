import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Role, User } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import { ROLE_OPTIONS } from './CreateUserForm';

/**
 * Disable or enable an account (its tokens stop working at once) and change its role (PATCH
 * /users/:id). The API refuses both on the admin's own account, so they are not offered there.
 */
export function UserActions({ user, me, onChanged }: { user: User; me: User; onChanged(user: User): void }) {
  const [editingRole, setEditingRole] = useState(false);
  const update = useAction(async (change: { disabled?: boolean; role?: Role }) => onChanged(await api.patch<User>(`/users/${user.id}`, change)));
  if (user.id === me.id) return <span className="muted">you</span>;
  return (
    <div>
      <ErrorMessage error={update.error} />
      <div className="actions adm-compact">
        <button
          type="button"
          className={user.disabled ? undefined : 'danger'}
          disabled={update.busy}
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
          onClick={() => void update.run({ disabled: !user.disabled })}
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
        {!editingRole && (
          <button type="button" className="secondary" aria-label={`Change the role of ${user.email}`} onClick={() => setEditingRole(true)}>
            Change role
          </button>
        )}
      </div>
      {editingRole && (
        <RoleForm
          user={user}
          busy={update.busy}
          onCancel={() => setEditingRole(false)}
          onSave={async (role) => {
            if (await update.run({ role })) setEditingRole(false);
          }}
        />
      )}
    </div>
  );
}

function RoleForm({ user, busy, onSave, onCancel }: { user: User; busy: boolean; onSave(role: Role): void; onCancel(): void }) {
  const [role, setRole] = useState<Role>(user.role);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(role);
  }
  return (
    <form onSubmit={submit}>
      <SelectField
        label={`New role for ${user.email}`}
        hint="Operators need an organisation and only regulators have jurisdictions, so some changes are refused."
        value={role}
        onChange={(value) => setRole(value as Role)}
        options={ROLE_OPTIONS}
      />
      <div className="actions adm-compact">
        <button type="submit" disabled={busy}>
          Save role
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
