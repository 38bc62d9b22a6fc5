import type { AuditActor } from '@tiergate/domain';
import type { Principal } from '@tiergate/auth';

/** The audit actor for a request's principal. */
export function actorOf(principal: Principal): AuditActor {
  return principal.apiKeyId ? { type: 'api_key', id: principal.apiKeyId } : { type: 'user', id: principal.userId };
}
