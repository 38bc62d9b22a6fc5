import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { Session } from '../api/session-store';
import type { User } from '../api/types';

interface SessionContextValue {
  user: User | null;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(api.currentSession);
  useEffect(() => api.onSessionChange(setSession), []);
  const value = useMemo<SessionContextValue>(() => ({ user: session?.user ?? null, login: (email, password) => api.login(email, password), logout: () => api.logout() }), [session]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user, for pages that are only reachable when signed in. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
