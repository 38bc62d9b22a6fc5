import type { Role } from '@tiergate/auth';
import type { UserEntity } from '@tiergate/persistence';

export interface UserView {
  id: string;
  email: string;
  role: Role;
  organizationId: string | null;
  jurisdictions: string[];
  disabled: boolean;
  createdAt: string;
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    jurisdictions: user.jurisdictions,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
  };
}
