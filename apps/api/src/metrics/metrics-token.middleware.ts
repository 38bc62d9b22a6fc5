import { HttpStatus } from '@nestjs/common';
import type { RequestHandler } from 'express';
import type { AppConfig } from '@tiergate/config';
import { errorBody } from '../common/errors/error-body';
import { metricsAccess } from './metrics-token';

/**
 * The gate in front of GET /metrics. It runs before the api's login guards because the scraper's
 * bearer token is METRICS_TOKEN, not a user's JWT: once accepted, the header is taken off the
 * request so the guards see an anonymous caller of a public route.
 */
export function metricsTokenGate(config: Pick<AppConfig, 'METRICS_TOKEN' | 'NODE_ENV'>): RequestHandler {
  return (request, response, next) => {
    const access = metricsAccess(config.METRICS_TOKEN, config.NODE_ENV === 'production', request.headers.authorization);
    if (access === 'denied') {
      response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      const message = config.METRICS_TOKEN ? 'Send the metrics token as a bearer token' : 'Metrics are closed in production until METRICS_TOKEN is set';
      response.status(HttpStatus.UNAUTHORIZED).json(errorBody(HttpStatus.UNAUTHORIZED, message));
      return;
    }
    if (access === 'granted') delete request.headers.authorization;
    next();
  };
}
