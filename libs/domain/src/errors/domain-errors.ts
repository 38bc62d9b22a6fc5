import { DomainError } from './domain-error';

/** The record does not exist, or is not the caller's to see (another organisation's record is "not found"). */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(message: string) {
    super(message);
  }
}

/** The record exists but its current state forbids the step (already decided, already exists, lease held by another…). */
export class StateConflictError extends DomainError {
  readonly code = 'state_conflict';
  constructor(message: string) {
    super(message);
  }
}

/** The caller is known but may not do this (role, segregation of duties, conflict of interest). */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  constructor(message: string) {
    super(message);
  }
}

/** No credential, or one that is not (or no longer) valid. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated';
  constructor(message: string) {
    super(message);
  }
}

/** The request is well-formed but not acceptable as sent (a missing signature, a broken upload). Input naming fields is InvalidInputError. */
export class BadRequestError extends DomainError {
  readonly code = 'bad_request';
  constructor(message: string) {
    super(message);
  }
}

/** Too many attempts; retry after the given seconds. */
export class TooManyRequestsError extends DomainError {
  readonly code = 'too_many_requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly code = 'payload_too_large';
  constructor(message: string) {
    super(message);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'unsupported_media_type';
  constructor(message: string) {
    super(message);
  }
}

/** A dependency (the database, Redis) is down: not the caller's fault; retry, after `retryAfterSeconds` when given. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'service_unavailable';
  readonly retryAfterSeconds?: number;
  constructor(message: string, options: { retryAfterSeconds?: number; details?: unknown } = {}) {
    super(message, options.details);
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
