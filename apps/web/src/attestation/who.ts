import type { User } from '../api/types';

/**
 * A person or process named in a record. Only admins can look users up, so others are shown by
 * kind and a short id; the signed-in user is "you", a system component by its name (e.g. "worker").
 */
export function whoIs(id: string | null, me: User, kind = 'user'): string {
  if (kind === 'system') return id ? `Tiergate ${id}` : 'Tiergate';
  if (!id) return kind.replace(/_/g, ' ');
  if (id === me.id) return 'you';
  return `${kind.replace(/_/g, ' ')} ${id.slice(0, 8)}`;
}
