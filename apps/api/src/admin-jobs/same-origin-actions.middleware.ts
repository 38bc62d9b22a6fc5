import { HttpStatus } from '@nestjs/common';
import type { Request, RequestHandler } from 'express';
import { errorBody } from '../common/errors/error-body';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin this request was addressed to, as a browser on the dashboard's page would name it. */
function ownOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? ''}`;
}

/**
 * Dashboard actions (retry, remove, clean, pause, add, obliterate) only from the dashboard's own
 * pages. The browser resends HTTP Basic credentials on every request, so without this any site an
 * admin visits could make their browser POST to these routes. Browsers send Origin on every
 * non-GET request and page scripts cannot forge it; a request without one (or with `null`) is
 * refused as well. Scripts that call these routes send their own Origin.
 */
export function sameOriginActions(): RequestHandler {
  return (request, response, next) => {
    if (READ_ONLY_METHODS.has(request.method)) {
      next();
      return;
    }
    const origin = request.headers.origin;
    if (origin !== ownOrigin(request)) {
      response
        .status(HttpStatus.FORBIDDEN)
        .json(
          errorBody(HttpStatus.FORBIDDEN, origin ? `Dashboard actions are only taken from the dashboard itself, not from ${origin}` : 'Dashboard actions need an Origin header naming the dashboard'),
        );
      return;
    }
    next();
  };
}
