import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { isAllowedWebhookAddress, type WebhookAddressPolicy } from '@tiergate/domain';
import type { SignedWebhookRequest } from './webhook-request';
import { WEBHOOK_RESOLVER, type ResolvedAddress, type WebhookResolver } from './webhook-resolver';

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * What the delivery log says when no answer came. The operator who registered the URL reads it,
 * so it is one phrase for every cause: resolver and socket errors would tell them which internal
 * names exist and which ports are open. The worker's log keeps the cause.
 */
export const CONNECTION_FAILED = 'connection failed';

export interface WebhookResponse {
  ok: boolean;
  statusCode: number | null;
  /** Why it was not delivered, in the generic words of the delivery log; null when it was. */
  error: string | null;
  /** The underlying cause, for the worker's own log only. */
  cause?: string;
}

class RefusedAddressError extends Error {
  constructor(hostname: string, addresses: string[]) {
    super(`${hostname} resolves to ${addresses.join(', ') || 'no address'}, which webhooks may not reach`);
  }
}

/**
 * The lookup the socket connects with: the name is resolved once, every address it resolves to
 * must pass the policy (one internal answer among public ones refuses the lot), and the socket
 * connects to exactly those addresses, so DNS cannot answer differently between check and connect.
 */
function guardedLookup(resolve: WebhookResolver, policy: WebhookAddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (resolved) => {
        const wanted = options.family === 4 || options.family === 6 ? resolved.filter((entry) => entry.family === options.family) : resolved;
        if (wanted.length === 0 || !wanted.every((entry) => isAllowedWebhookAddress(entry.address, policy))) {
          callback(
            new RefusedAddressError(
              hostname,
              wanted.map((entry) => entry.address),
            ),
            '',
            0,
          );
          return;
        }
        if (options.all) (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

/**
 * One POST to a webhook, with the address policy applied where it counts: when the socket connects,
 * after DNS resolution. Redirects are not followed: a signed request must reach the address that
 * was registered (and checked), not wherever a 3xx points. Any answer but 2xx is a failure.
 */
@Injectable()
export class WebhookSender {
  private readonly logger = new Logger(WebhookSender.name);
  private readonly policy: WebhookAddressPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(WEBHOOK_RESOLVER) private readonly resolve: WebhookResolver,
  ) {
    this.policy = { allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK };
  }

  async send(url: string, request: SignedWebhookRequest): Promise<WebhookResponse> {
    try {
      const statusCode = await this.post(new URL(url), request);
      if (statusCode >= 200 && statusCode < 300) return { ok: true, statusCode, error: null };
      return { ok: false, statusCode, error: `HTTP ${statusCode}` };
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      this.logger.debug(`webhook POST to ${new URL(url).origin} failed: ${cause}`);
      return { ok: false, statusCode: null, error: CONNECTION_FAILED, cause: cause.slice(0, 1_000) };
    }
  }

  private post(url: URL, request: SignedWebhookRequest): Promise<number> {
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    // Node connects to an address literal without calling lookup: check it here instead.
    if (isIP(hostname) !== 0 && !isAllowedWebhookAddress(hostname, this.policy)) {
      return Promise.reject(new RefusedAddressError(hostname, [hostname]));
    }
    const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : null;
    if (!send) return Promise.reject(new Error(`unsupported scheme ${url.protocol}`));
    return new Promise((resolve, reject) => {
      const outgoing = send(
        url,
        {
          method: 'POST',
          headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
          lookup: guardedLookup(this.resolve, this.policy),
          // No pooled socket: each delivery resolves and checks its destination afresh.
          agent: false,
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        },
        (response: IncomingMessage) => {
          // The answer's body is of no use; draining it frees the socket.
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }
}
