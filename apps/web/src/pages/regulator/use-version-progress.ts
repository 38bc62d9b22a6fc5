import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { PolicyVersion } from './policy-types';

/** How often the page asks for re-evaluation progress while the worker is at it. */
const PROGRESS_POLL_MS = 2_000;

/**
 * A version's state without its pack, which can be a megabyte: the list carries the same view, so
 * polling reads the list (one page in practice) rather than the whole version again and again.
 */
async function versionState(id: string): Promise<PolicyVersion | null> {
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<PolicyVersion>>('/policy/versions', { limit: 200, cursor });
    const found = page.items.find((version) => version.id === id);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return null;
}

/**
 * The latest state of a version: what an approval or activation answered, then, while `poll` says
 * so, what the API reports every two seconds. A failed poll is simply tried again on the next tick.
 */
export function useVersionProgress(id: string, poll: boolean) {
  const [latest, setLatest] = useState<PolicyVersion | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!poll) return;
    let current = true;
    const timer = setTimeout(() => {
      versionState(id)
        .then((state) => current && state && setLatest(state))
        .catch(() => undefined)
        .finally(() => current && setTick((value) => value + 1));
    }, PROGRESS_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id, poll, tick]);
  return { latest: latest?.id === id ? latest : null, setLatest };
}
