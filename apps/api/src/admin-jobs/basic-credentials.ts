export interface BasicCredentials {
  email: string;
  password: string;
}

/**
 * `Authorization: Basic base64(email ":" password)` (RFC 7617). Only the first colon separates:
 * passwords may contain colons, emails may not. Lengths are capped as the login form caps them, so
 * nobody can make argon2 hash a megabyte.
 */
export function parseBasicAuthorization(header: string | undefined): BasicCredentials | null {
  const match = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const email = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (email.length > 254 || password.length === 0 || password.length > 256) return null;
  return { email, password };
}
