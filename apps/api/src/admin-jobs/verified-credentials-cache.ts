import { createHmac, randomBytes } from 'node:crypto';
import type { BasicCredentials } from './basic-credentials';

export interface RememberedLogin {
  userId: string;
  /** The hash the password was checked against: a changed password no longer matches it. */
  passwordHash: string;
}

/**
 * A browser resends Basic credentials with every request and the dashboard polls every few seconds.
 * Checking each with argon2 would burn CPU on every poll and write an `auth.login_succeeded` audit
 * entry each time, flooding the chain. Credentials that passed are remembered for a few minutes,
 * keyed by an HMAC under a key that never leaves this process, so the map holds nothing an attacker
 * could replay or crack offline.
 */
export class VerifiedCredentialsCache {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, RememberedLogin & { expiresAt: number }>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly capacity = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  recall(credentials: BasicCredentials): RememberedLogin | undefined {
    const id = this.idOf(credentials);
    const entry = this.entries.get(id);
    if (entry && entry.expiresAt > this.now()) return { userId: entry.userId, passwordHash: entry.passwordHash };
    this.entries.delete(id);
    return undefined;
  }

  remember(credentials: BasicCredentials, login: RememberedLogin): void {
    const id = this.idOf(credentials);
    this.entries.delete(id);
    // A Map iterates in insertion order, so the first key is the oldest entry.
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, { ...login, expiresAt: this.now() + this.ttlMs });
  }

  forget(credentials: BasicCredentials): void {
    this.entries.delete(this.idOf(credentials));
  }

  private idOf(credentials: BasicCredentials): string {
    // JSON keeps the two fields apart whatever characters they contain.
    const normalized = JSON.stringify([credentials.email.trim().toLowerCase(), credentials.password]);
    return createHmac('sha256', this.key).update(normalized).digest('base64url');
  }
}
