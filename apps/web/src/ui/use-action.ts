import { useState } from 'react';

export interface Action<A extends unknown[]> {
  run(...args: A): Promise<boolean>;
  busy: boolean;
  error: unknown;
  clearError(): void;
}

/** A button's or form's call to the API: busy while it runs, its error kept to show; resolves true on success. */
export function useAction<A extends unknown[]>(perform: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return {
    busy,
    error,
    clearError: () => setError(null),
    async run(...args: A) {
      setBusy(true);
      setError(null);
      try {
        await perform(...args);
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
