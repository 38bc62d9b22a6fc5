import { HttpException } from '@nestjs/common';
import { DomainError, ServiceUnavailableError } from '@tiergate/domain';

/** Seconds a client is asked to wait when a credential could not be checked. */
export const AUTHENTICATION_RETRY_AFTER_SECONDS = 2;

/**
 * The credential could not be checked (the database or another dependency failed): 503 with
 * Retry-After, never 401 or 403, so a client does not throw away a good token or key over a hiccup.
 */
export class AuthenticationUnavailableError extends ServiceUnavailableError {
  constructor() {
    super('Credentials could not be checked right now; retry shortly', { retryAfterSeconds: AUTHENTICATION_RETRY_AFTER_SECONDS });
  }
}

/**
 * Sorts what went wrong while authenticating: a domain refusal (or passport's own HttpException) is
 * a verdict on the credential and passes unchanged; anything else means the check itself failed.
 */
export function authenticationFailure(error: unknown): DomainError | HttpException {
  return error instanceof DomainError || error instanceof HttpException ? error : new AuthenticationUnavailableError();
}
