import type { Principal } from '@tiergate/auth';
import type { UserEntity } from '@tiergate/persistence';

export function principalOf(user: UserEntity): Principal {
  return { userId: user.id, role: user.role, organizationId: user.organizationId, jurisdictions: user.jurisdictions };
}
