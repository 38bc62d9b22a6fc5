import type { ErrorRequestHandler } from 'express';
import { toErrorBody } from './error-body';

/**
 * Errors raised before a request reaches Nest (malformed JSON, oversized bodies from body-parser)
 * never pass through exception filters; this gives them the same error format.
 */
export const expressErrorHandler: ErrorRequestHandler = (error, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  const body = toErrorBody(error);
  response.status(body.statusCode).json(body);
};
