import { Agent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

export interface FuzzRequest {
  method: string;
  /** Already percent-encoded, query string included. */
  path: string;
  headers: OutgoingHttpHeaders;
  body?: Buffer;
}

export interface FuzzResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** Long enough for an argon2 login on a loaded 2-core machine; a server that says nothing for this long has stopped answering. */
const ANSWER_TIMEOUT_MS = 20_000;

/**
 * Sends requests exactly as given (no client-side validation of bodies or content types, unlike
 * supertest) over one kept-alive connection, and counts them. Requests go one at a time, so every
 * database write can be traced to the request that made it.
 */
export class FuzzClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  sent = 0;

  constructor(private readonly port: number) {}

  send(fuzzRequest: FuzzRequest): Promise<FuzzResponse> {
    this.sent += 1;
    const body = fuzzRequest.body;
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: '127.0.0.1',
          port: this.port,
          agent: this.agent,
          method: fuzzRequest.method,
          path: fuzzRequest.path,
          headers: { ...fuzzRequest.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
          timeout: ANSWER_TIMEOUT_MS,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)));
      // A server may answer (413, 415) before reading the whole body and close the connection; the
      // answer is what counts, so a write error after it is not a failure — and before it, it is.
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
