/**
 * The stable codes of the errors domain code and stores throw. A code names the kind of refusal
 * and never changes with the wording of a message, so logs and alerts can key on it; the API
 * turns each kind into its HTTP status in one place.
 */
export type DomainErrorCode =
  | 'not_found' // NotFoundError: absent, or outside the caller's scope
  | 'state_conflict' // StateConflictError: the record's state forbids the step
  | 'invalid_input' // InvalidInputError: named fields are wrong (details list them)
  | 'bad_request' // BadRequestError: the request as a whole is not acceptable
  | 'forbidden' // ForbiddenError: the caller may not do this
  | 'unauthenticated' // UnauthenticatedError: no valid credential
  | 'too_many_requests' // TooManyRequestsError: slowed down, with retryAfterSeconds
  | 'payload_too_large' // PayloadTooLargeError
  | 'unsupported_media_type' // UnsupportedMediaTypeError
  | 'service_unavailable'; // ServiceUnavailableError: a dependency is down, optionally retryAfterSeconds

/** A refusal that is the caller's to act on (or to retry), as opposed to a bug. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  /** Structured detail a client can act on (e.g. the fields that are wrong); undefined when the message says it all. */
  readonly details?: unknown;

  protected constructor(message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    if (details !== undefined) this.details = details;
  }
}
