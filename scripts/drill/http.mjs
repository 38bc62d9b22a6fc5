// A small HTTP client for the drill: every call has a deadline and never throws for what the
// network does; it reports it, so the drill can tell a 503 from a hang from a dropped connection.
import { StackError } from '../stack/log.mjs';

export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Resolves with { status, body } for any HTTP answer, or { status: 0, failure: 'timeout' | 'network', reason }
 * when none came. `json` is sent as a JSON body, `form` as multipart, `text` with its own content type.
 */
export async function call(baseUrl, method, path, { token, json, form, text, headers = {}, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
  const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(timeoutMs) };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  } else if (text !== undefined) {
    init.body = text.body;
    init.headers['Content-Type'] = text.contentType;
  }
  const started = Date.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, init);
    const raw = await response.text();
    let body = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, ms: Date.now() - started };
  } catch (error) {
    const timedOut = error?.name === 'TimeoutError' || error?.name === 'AbortError';
    return { status: 0, failure: timedOut ? 'timeout' : 'network', reason: error?.cause?.code ?? error?.message ?? String(error), ms: Date.now() - started };
  }
}

/** Throws unless the call answered `status`; for setup steps, where anything else is a broken drill. */
export function expectStatus(result, status, what) {
  if (result.status === status) return result.body;
  const answer = result.status === 0 ? `no answer (${result.failure}: ${result.reason})` : `${result.status} ${JSON.stringify(result.body).slice(0, 500)}`;
  throw new StackError(`${what}: expected ${status}, got ${answer}`);
}

/** Whether a body is the API's one error format (apps/api/src/common/errors/error-body.ts). */
export function isErrorBody(body, statusCode) {
  return Boolean(body) && body.statusCode === statusCode && typeof body.error === 'string' && typeof body.message === 'string';
}

/** A signed-in user. Access tokens expire; a 401 signs in again once, as a client would. */
export class Session {
  constructor(baseUrl, email, password) {
    this.baseUrl = baseUrl;
    this.email = email;
    this.password = password;
    this.token = null;
  }

  static async signIn(baseUrl, email, password) {
    const session = new Session(baseUrl, email, password);
    expectStatus(await session.login(), 200, `signing in as ${email}`);
    return session;
  }

  async login() {
    const result = await call(this.baseUrl, 'POST', '/api/v1/auth/login', { json: { email: this.email, password: this.password } });
    if (result.status === 200) this.token = result.body.accessToken;
    return result;
  }

  async request(method, path, options = {}) {
    const result = await call(this.baseUrl, method, path, { ...options, token: this.token });
    if (result.status !== 401) return result;
    const login = await this.login();
    return login.status === 200 ? call(this.baseUrl, method, path, { ...options, token: this.token }) : login;
  }
}
