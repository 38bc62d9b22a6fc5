import type { SignedWebhookRequest } from './webhook-request';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookResponse {
  ok: boolean;
  statusCode: number | null;
  /** Why it was not delivered; null when it was. */
  error: string | null;
}

/** Why fetch failed, with the network cause (ECONNREFUSED, a TLS error) that its own message leaves out. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * One POST. Redirects are not followed: a signed request must reach the address that was
 * registered (and checked), not wherever a 3xx points. Any answer but 2xx is a failure.
 */
export async function sendWebhook(url: string, request: SignedWebhookRequest): Promise<WebhookResponse> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    // The answer's body is of no use; dropping it frees the connection.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status, error: null };
    return { ok: false, statusCode: response.status, error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFailure(error).slice(0, 1_000) };
  }
}
