import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DomainError } from '@tiergate/domain';
import { DOMAIN_ERROR_STATUS } from './domain-error-status';

/** The one error shape every response of the API uses (docs/architecture.md, "The HTTP contract"). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

export function errorBody(statusCode: number, message: string, details?: unknown): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(details === undefined ? {} : { details }),
  };
}

/** Errors raised by body-parser and similar express middleware carry these fields. */
interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'Request body is not valid JSON',
  'entity.too.large': 'Request body is too large',
  'encoding.unsupported': 'Request body encoding is not supported',
  'charset.unsupported': 'Request body charset is not supported',
  'request.aborted': 'Request was aborted by the client',
  'request.size.invalid': 'Request size did not match Content-Length',
};

/**
 * Turns anything thrown into the error body and its status. Unknown errors become a 500 that says
 * nothing about internals; the caller logs the original.
 */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) return errorBody(DOMAIN_ERROR_STATUS[exception.code], exception.message, exception.details);
  // Nest's own refusals (e.g. an unknown route, a passport guard's 401) and libraries that throw them.
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return errorBody(status, response);
    const { message, details, statusCode: _statusCode, error: _error, ...rest } = response as Record<string, unknown>;
    const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
    const extra = details ?? (Object.keys(rest).length > 0 ? rest : undefined);
    return errorBody(status, text, extra);
  }

  const httpish = exception as HttpishError | undefined;
  const status = httpish?.status ?? httpish?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = (httpish?.type && BODY_PARSER_MESSAGES[httpish.type]) ?? httpish?.message ?? 'Bad request';
    return errorBody(status, message);
  }
  return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
}
