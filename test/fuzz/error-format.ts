import { STATUS_CODES } from 'node:http';
import type { FuzzResponse } from './fuzz-client';

const ERROR_BODY_KEYS = new Set(['statusCode', 'error', 'message', 'details']);

/**
 * What is wrong with an error response, measured against the one error format (docs/architecture.md, "The HTTP
 * contract"; apps/api/src/common/errors/error-body.ts): JSON `{ statusCode, error, message, details? }`,
 * statusCode equal to the HTTP status, error its standard reason phrase, a non-empty message,
 * nothing else. Empty when it is right.
 */
export function errorFormatProblems(response: FuzzResponse): string[] {
  const contentType = String(response.headers['content-type'] ?? '');
  if (!contentType.startsWith('application/json')) return [`content type is "${contentType}", not application/json`];
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return ['body is not JSON'];
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['body is not a JSON object'];
  const fields = body as Record<string, unknown>;
  const problems: string[] = [];
  const extra = Object.keys(fields).filter((key) => !ERROR_BODY_KEYS.has(key));
  if (extra.length > 0) problems.push(`unexpected fields ${extra.join(', ')}`);
  if (fields.statusCode !== response.status) problems.push(`statusCode ${String(fields.statusCode)} is not the HTTP status ${response.status}`);
  if (fields.error !== STATUS_CODES[response.status]) problems.push(`error "${String(fields.error)}" is not "${STATUS_CODES[response.status]}"`);
  if (typeof fields.message !== 'string' || fields.message.length === 0) problems.push('message is not a non-empty string');
  return problems;
}
