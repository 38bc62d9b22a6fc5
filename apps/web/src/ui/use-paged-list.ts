import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Page } from '../api/types';

type Query = Record<string, string | number | undefined>;

export interface PagedList<T> {
  items: T[];
  error: unknown;
  loading: boolean;
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

/** A list endpoint read page by page with its `nextCursor` (the API's one pagination style); `query` changes start over. */
export function usePagedList<T>(path: string, query: Query = {}, pageSize = 50): PagedList<T> {
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<{ items: T[]; cursor: string | null; error?: unknown; loading: boolean }>({ items: [], cursor: null, loading: true });
  const [generation, setGeneration] = useState(0);

  const fetchPage = useCallback((cursor: string | null) => api.get<Page<T>>(path, { ...(JSON.parse(queryKey) as Query), limit: pageSize, cursor: cursor ?? undefined }), [path, queryKey, pageSize]);

  useEffect(() => {
    let current = true;
    setState({ items: [], cursor: null, loading: true });
    fetchPage(null).then(
      (page) => current && setState({ items: page.items, cursor: page.nextCursor, loading: false }),
      (error: unknown) => current && setState({ items: [], cursor: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [fetchPage, generation]);

  const loadMore = () => {
    if (!state.cursor) return;
    setState((previous) => ({ ...previous, loading: true }));
    fetchPage(state.cursor).then(
      (page) => setState((previous) => ({ items: [...previous.items, ...page.items], cursor: page.nextCursor, loading: false })),
      (error: unknown) => setState((previous) => ({ ...previous, error, loading: false })),
    );
  };

  return {
    items: state.items,
    error: state.error,
    loading: state.loading,
    hasMore: state.cursor !== null,
    loadMore,
    reload: () => setGeneration((value) => value + 1),
  };
}
