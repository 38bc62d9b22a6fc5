import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ServiceUnavailableError } from '@tiergate/domain';

/** Node and pg error codes that mean "the database is not reachable right now", not "the request is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
]);

function errorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = candidate?.code ?? candidate?.driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

function isConnectionLoss(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection drops (e.g. the server shut
  // down mid-transaction); the transaction's next query then fails with one of these.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const code = errorCode(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** A request that fails because PostgreSQL is down answers 503 (retry later), never 500. */
export function translateDatabaseError(error: unknown): ServiceUnavailableError | undefined {
  return isConnectionLoss(error) ? new ServiceUnavailableError('The database is unavailable; retry shortly') : undefined;
}

/** A unique index refused the row: the caller answers 409 with what already exists. */
export function isUniqueViolation(error: unknown): boolean {
  return errorCode(error) === '23505';
}
