import type { RecordedWrite } from './write-probe';

export interface RejectedRequest {
  method: string;
  /** The OpenAPI template of the route. */
  path: string;
  /** True when the request carried a valid API key (it may still have been refused afterwards). */
  withValidApiKey: boolean;
}

/** A write the API makes on purpose even when it refuses the request. */
interface WrittenByDesign {
  applies(request: RejectedRequest, write: RecordedWrite): boolean;
}

const WRITTEN_BY_DESIGN: WrittenByDesign[] = [
  {
    // AuthService.checkCredentials: every failed sign-in is evidence (brute force, credential stuffing) and goes into the audit chain.
    applies: (request, write) => request.path === '/api/v1/auth/login' && write.table === 'audit_log' && write.operation === 'INSERT' && write.action === 'auth.login_failed',
  },
  {
    // RefreshTokensService.rotate: a refresh token presented twice was copied; its whole family is
    // revoked and the revocation audited, and the request is still refused (401).
    applies: (request, write) =>
      request.path === '/api/v1/auth/refresh' && ((write.table === 'refresh_tokens' && write.operation === 'UPDATE') || (write.table === 'audit_log' && write.action === 'auth.token_family_revoked')),
  },
  {
    // ApiKeysService.authenticate: a valid key records when it was last used as it authenticates,
    // before the route decides whether to accept the request.
    applies: (request, write) => request.withValidApiKey && write.table === 'api_keys' && write.operation === 'UPDATE',
  },
];

/** The rows a refused request wrote that it should not have. */
export function unexpectedWrites(request: RejectedRequest, writes: RecordedWrite[]): RecordedWrite[] {
  return writes.filter((write) => !WRITTEN_BY_DESIGN.some((allowance) => allowance.applies(request, write)));
}
