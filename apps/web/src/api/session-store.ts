import type { User } from './types';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const KEY = 'tiergate.session';

/** The session lives in sessionStorage: it survives a reload but not the closing of the tab. */
export const sessionStore = {
  load(): Session | null {
    try {
      const raw = sessionStorage.getItem(KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  },
  save(session: Session | null): void {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  },
};
