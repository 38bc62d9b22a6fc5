import { HttpStatus } from '@nestjs/common';
import type { DomainErrorCode } from '@tiergate/domain';

/** The one place a domain refusal becomes an HTTP status. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, HttpStatus> = {
  not_found: HttpStatus.NOT_FOUND,
  state_conflict: HttpStatus.CONFLICT,
  invalid_input: HttpStatus.BAD_REQUEST,
  bad_request: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  payload_too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  service_unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};
