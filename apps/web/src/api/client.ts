import { ApiError } from './api-error';
import { sessionStore, type Session } from './session-store';
import type { User } from './types';

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  method?: string;
  query?: Query;
  /** A plain object is sent as JSON; FormData, Blob and strings go as they are. */
  body?: unknown;
  headers?: Record<string, string>;
}

type SessionListener = (session: Session | null) => void;

/**
 * The console's one way to call the API: adds the bearer token, refreshes it once when it has
 * expired, and turns every failure into an ApiError carrying the API's error format.
 */
class ApiClient {
  private session: Session | null = sessionStore.load();
  private readonly listeners = new Set<SessionListener>();
  private refreshing: Promise<boolean> | null = null;

  get currentSession(): Session | null {
    return this.session;
  }

  onSessionChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(email: string, password: string): Promise<User> {
    const result = await this.request<{ accessToken: string; refreshToken: string; user: User }>('/auth/login', {
      method: 'POST',
      body: { email, password },
    });
    this.setSession({ accessToken: result.accessToken, refreshToken: result.refreshToken, user: result.user });
    return result.user;
  }

  async logout(): Promise<void> {
    const refreshToken = this.session?.refreshToken;
    this.setSession(null);
    if (refreshToken) await this.request('/auth/logout', { method: 'POST', body: { refreshToken } }).catch(() => undefined);
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>(path, { query });
  }

  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    return this.request<T>(path, { method: 'POST', body, headers });
  }

  put<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    return this.request<T>(path, { method: 'PUT', body, headers });
  }

  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>(path, { method: 'PATCH', body });
  }

  delete<T = void>(path: string): Promise<T> {
    return this.request<T>(path, { method: 'DELETE' });
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, options);
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }

  /** A binary answer (a report, a piece of evidence) with its media type and suggested file name. */
  async download(path: string, query?: Query): Promise<{ blob: Blob; fileName: string | null; headers: Headers }> {
    const response = await this.send(path, { query });
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
    return { blob: await response.blob(), fileName, headers: response.headers };
  }

  /**
   * A multipart upload with progress (fetch cannot report upload progress, XMLHttpRequest can).
   * `onProgress` receives a fraction from 0 to 1.
   */
  upload<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${API_BASE}${path}`);
      if (this.session) xhr.setRequestHeader('Authorization', `Bearer ${this.session.accessToken}`);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => reject(new TypeError('network error'));
      xhr.onload = () => {
        const response = new Response(xhr.responseText || null, {
          status: xhr.status,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
        });
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress(1);
          resolve(response.json() as Promise<T>);
        } else {
          void ApiError.fromResponse(response).then(reject);
        }
      };
      xhr.send(form);
    });
  }

  private async send(path: string, options: RequestOptions, retried = false): Promise<Response> {
    const response = await fetch(this.urlOf(path, options.query), this.initOf(options));
    if (response.status === 401 && !retried && this.session && !path.startsWith('/auth/')) {
      if (await this.refresh()) return this.send(path, options, true);
      this.setSession(null);
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  }

  private urlOf(path: string, query?: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    return `${API_BASE}${path}${search ? `?${search}` : ''}`;
  }

  private initOf({ method = 'GET', body, headers = {} }: RequestOptions): RequestInit {
    const allHeaders: Record<string, string> = { Accept: 'application/json', ...headers };
    if (this.session) allHeaders.Authorization = `Bearer ${this.session.accessToken}`;
    let payload: BodyInit | undefined;
    if (body instanceof FormData || body instanceof Blob || typeof body === 'string') {
      payload = body;
    } else if (body !== undefined) {
      allHeaders['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return { method, headers: allHeaders, body: payload };
  }

  /** One refresh at a time: parallel calls that all met a 401 wait for the same new token. */
  private refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      const current = this.session;
      if (!current) return false;
      try {
        const response = await fetch(`${API_BASE}/auth/refresh`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refreshToken: current.refreshToken }),
        });
        if (!response.ok) return false;
        const tokens = (await response.json()) as { accessToken: string; refreshToken: string };
        this.setSession({ ...current, ...tokens });
        return true;
      } catch {
        return false;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private setSession(session: Session | null): void {
    this.session = session;
    sessionStore.save(session);
    for (const listener of this.listeners) listener(session);
  }
}

export const api = new ApiClient();
