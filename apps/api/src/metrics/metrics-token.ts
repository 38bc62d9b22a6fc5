import { createHash, timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'open' | 'granted' | 'denied';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether a scrape may read /metrics. With METRICS_TOKEN set, only `Authorization: Bearer <token>`
 * does; without it, the route is open outside production (development, tests) and closed in
 * production, so it never ends up public by omission.
 */
export function metricsAccess(token: string | undefined, production: boolean, authorization: string | undefined): MetricsAccess {
  if (!token) return production ? 'denied' : 'open';
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token)) ? 'granted' : 'denied';
}
