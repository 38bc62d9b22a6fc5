import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { JsonValue } from '@tiergate/domain';
import type { AuditWriter } from '@tiergate/persistence';
import { ADMIN_USER_ID_LOCAL } from './admin-basic-auth.middleware';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Larger bodies (a big job payload added by hand) are recorded by size only. */
const MAX_AUDITED_BODY_CHARS = 8_192;

/** The queue a dashboard API path names, e.g. `/api/queues/verification/42/retry`. */
function queueOf(path: string): string | null {
  const segment = /^\/api\/queues\/([^/]+)\//.exec(path)?.[1];
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function auditedBody(body: unknown): { body: JsonValue } | { bodyChars: number } | Record<string, never> {
  if (body === undefined) return {};
  // express.json produced it, so it is JSON by construction.
  const text = JSON.stringify(body);
  return text.length <= MAX_AUDITED_BODY_CHARS ? { body: body as JsonValue } : { bodyChars: text.length };
}

/**
 * The dashboard can retry, remove, clean, pause, add and obliterate. None of that goes through the
 * API's services, so every such request is written to the audit chain here, before the dashboard
 * carries it out: if the entry cannot be written, the action does not happen. The entry records the
 * request; whether the dashboard then succeeded is in the job's own state.
 */
export function auditBoardActions(dataSource: DataSource, audit: AuditWriter): RequestHandler {
  return async (request, response, next) => {
    if (READ_ONLY_METHODS.has(request.method)) {
      next();
      return;
    }
    await dataSource.transaction((manager) =>
      audit.append(manager, {
        actor: { type: 'user', id: String(response.locals[ADMIN_USER_ID_LOCAL]) },
        action: 'job.board_action',
        entityType: 'queue',
        entityId: queueOf(request.path),
        payload: { method: request.method, path: `${request.baseUrl}${request.path}`, ...auditedBody(request.body) },
      }),
    );
    next();
  };
}
