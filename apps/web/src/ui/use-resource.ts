import { useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Loads something when the page shows it and again whenever `deps` change or `reload()` is called.
 * An answer that arrives after a newer request started is dropped.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  // `deps` name what `load` reads: the callback (and with it the request) is renewed when they change, not on every render.
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    stableLoad().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, generation]);

  return { data: state.data, error: state.error, loading: state.loading, reload: () => setGeneration((value) => value + 1) };
}
