import { createHmac } from 'node:crypto';

/**
 * Access tokens built by hand, as an attacker would, to prove the api refuses every one that it did
 * not issue itself: no signing library sits between the test and the bytes it sends.
 */

export interface TokenClaims {
  sub: string;
  role?: string;
  /** The session (refresh family) the token belongs to. */
  sid?: string;
  iat?: number;
  exp?: number;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** What the api's own tokens carry: a subject and a role, issued now, valid for 15 minutes. */
export function claimsFor(sub: string, role = 'admin'): TokenClaims {
  return { sub, role, iat: nowSeconds(), exp: nowSeconds() + 15 * 60 };
}

/** A compact JWS with an HMAC signature; `alg` names the header's algorithm and the HMAC's hash. */
export function hmacToken(claims: TokenClaims, secret: string, alg: 'HS256' | 'HS384' | 'HS512' = 'HS256'): string {
  const signingInput = `${base64url(JSON.stringify({ alg, typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  const signature = createHmac(`sha${alg.slice(2)}`, secret)
    .update(signingInput)
    .digest('base64url');
  return `${signingInput}.${signature}`;
}

/** `alg: none`: a token that claims to need no signature, with an empty signature part. */
export function unsignedToken(claims: TokenClaims): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}

/** A genuine token whose payload was rewritten after signing; the original signature is kept. */
export function withTamperedPayload(token: string, changes: Partial<TokenClaims>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
  return `${header}.${base64url(JSON.stringify({ ...claims, ...changes }))}.${signature}`;
}

/** The claims of a token, unverified: only to build forgeries that match a real one. */
export function claimsOf(token: string): TokenClaims {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as TokenClaims;
}
