import { useState } from 'react';
import { usePagedList, type PagedList } from '../../ui/use-paged-list';

export interface EditedList<T> {
  /** The list to show: what was created here first (the API lists oldest first), then the pages read so far, with local changes applied. */
  list: PagedList<T & { createdHere?: boolean }>;
  added(item: T): void;
  changed(item: T): void;
}

/**
 * A paged admin list that takes in what the admin just did without starting over: a reload would
 * drop the pages already read and bury a new entry at the end of an oldest-first list.
 */
export function useEditedList<T extends { id: string }>(path: string): EditedList<T> {
  const pages = usePagedList<T>(path, {}, 200);
  const [created, setCreated] = useState<T[]>([]);
  const [changes, setChanges] = useState<ReadonlyMap<string, T>>(new Map());
  const createdIds = new Set(created.map((item) => item.id));
  const latest = (item: T) => changes.get(item.id) ?? item;
  const items = [...created.map((item) => ({ ...latest(item), createdHere: true })), ...pages.items.filter((item) => !createdIds.has(item.id)).map(latest)];
  return {
    list: { ...pages, items },
    added: (item) => setCreated((previous) => [item, ...previous]),
    changed: (item) => setChanges((previous) => new Map(previous).set(item.id, item)),
  };
}
