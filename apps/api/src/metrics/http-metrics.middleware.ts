import type { RequestHandler } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * Measured at the express level, not in a Nest interceptor, so requests refused by guards, pipes
 * or body parsing are counted too. Labelled by route pattern, never by raw URL, to bound cardinality.
 */
export function httpMetricsMiddleware(metrics: MetricsService): RequestHandler {
  return (request, response, next) => {
    const stopTimer = metrics.httpDuration.startTimer({ method: request.method });
    response.on('finish', () => {
      const routePath = (request.route as { path?: string } | undefined)?.path;
      const route = routePath ? `${request.baseUrl}${routePath}` : 'unmatched';
      stopTimer({ route, status: String(response.statusCode) });
    });
    next();
  };
}
