import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Role, User } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField, TextField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import type { Organization } from '../../api/types';

/** The API's minimum (CreateUserDto). */
const MIN_PASSWORD = 12;

export const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'operator', label: 'Operator' },
  { value: 'auditor', label: 'Auditor' },
  { value: 'regulator', label: 'Regulator' },
  { value: 'admin', label: 'Admin' },
];

interface CreateUserFormProps {
  organizations: Organization[];
  initialOrganizationId: string;
  onCreated(user: User): void;
}

/** A new account: operators belong to one organisation, regulators see the jurisdictions they are given (none = all). */
export function CreateUserForm({ organizations, initialOrganizationId, onCreated }: CreateUserFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(initialOrganizationId ? 'operator' : 'auditor');
  const [organizationId, setOrganizationId] = useState(initialOrganizationId);
  const [jurisdictions, setJurisdictions] = useState('');
  const create = useAction(async () => {
    const user = await api.post<User>('/users', {
      email,
      password,
      role,
      organizationId: role === 'operator' ? organizationId || undefined : undefined,
      jurisdictions: role === 'regulator' ? jurisdictionsOf(jurisdictions) : undefined,
    });
    setEmail('');
    setPassword('');
    setJurisdictions('');
    onCreated(user);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await create.run();
  }

  const organizationOptions = [
    { value: '', label: 'Choose an organisation' },
    ...[...organizations].sort((a, b) => a.name.localeCompare(b.name)).map((organization) => ({ value: organization.id, label: `${organization.name} (${organization.hqCountry})` })),
  ];
  return (
    <form onSubmit={submit} className="card att-card" aria-labelledby="create-user">
      <h2 id="create-user">Create a user</h2>
      <ErrorMessage error={create.error} />
      <div className="grid-2">
        <TextField label="Email" type="email" autoComplete="off" value={email} onChange={setEmail} required />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD} characters; hand it over safely.`}
          value={password}
          onChange={setPassword}
          required
          minLength={MIN_PASSWORD}
        />
      </div>
      <SelectField label="Role" value={role} onChange={(value) => setRole(value as Role)} options={ROLE_OPTIONS} required />
      {role === 'operator' && (
        <SelectField label="Organisation" value={organizationId} onChange={setOrganizationId} options={organizationOptions} hint="Operators act for exactly one organisation." required />
      )}
      {role === 'regulator' && (
        <TextField label="Jurisdictions" hint="Country codes separated by commas, like DE, FR. Leave empty for a regulator who sees every country." value={jurisdictions} onChange={setJurisdictions} />
      )}
      <button type="submit" disabled={create.busy}>
        {create.busy ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}

function jurisdictionsOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}
