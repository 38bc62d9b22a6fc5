import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Credentials a client could really present and the API must refuse with 401: expired tokens,
 * tokens of deleted users, forged or unsigned ones, keys of the right shape that were never issued
 * or were revoked. (Tokens with claims the API never issues would need its secret, so they are left out.)
 */
export function junkCredentials(jwtSecret: string, revokedApiKey: string): { authorization: string[]; apiKey: string[] } {
  const jwt = new JwtService({ secret: jwtSecret });
  const now = Math.floor(Date.now() / 1000);
  const expired = jwt.sign({ sub: randomUUID(), role: 'admin', iat: now - 3_600, exp: now - 60 });
  const deletedUser = jwt.sign({ sub: randomUUID(), role: 'admin' }, { expiresIn: 900 });
  const forged = new JwtService({ secret: 'not-the-secret-not-the-secret-not-the-secret' }).sign({ sub: randomUUID(), role: 'admin' }, { expiresIn: 900 });
  const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: randomUUID(), role: 'admin', exp: now + 900 })}.`;
  return {
    authorization: [
      'Bearer',
      'Bearer ',
      'bearer x',
      'Basic YWRtaW46YWRtaW4=',
      'Bearer a.b.c',
      'Bearer ....',
      `Bearer ${expired}`,
      `Bearer ${deletedUser}`,
      `Bearer ${forged}`,
      `Bearer ${unsigned}`,
      `Bearer ${'A'.repeat(6_000)}`,
      `Bearer ${deletedUser} ${deletedUser}`,
    ],
    apiKey: ['', 'tg_', `tg_${'A'.repeat(12)}_${'a'.repeat(43)}`, `tg_${'A'.repeat(12)}_${'a'.repeat(42)}`, revokedApiKey, `${revokedApiKey}x`, 'x'.repeat(6_000)],
  };
}
