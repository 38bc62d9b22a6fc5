import type { ApiKeyScope } from './api-key-scopes';
import type { Role } from './roles';

/** Who is calling, as established by authentication and attached to the request. */
export interface Principal {
  userId: string;
  role: Role;
  /** Operators only: the organisation every query of theirs is scoped to. */
  organizationId: string | null;
  /** Regulators only: ISO country codes; empty means global. */
  jurisdictions: string[];
  /** Set when the caller authenticated with an API key (acting as an operator of its organisation). */
  apiKeyId?: string;
  /** With apiKeyId: what the key was allowed to do when it was created. */
  scopes?: readonly ApiKeyScope[];
}
