import type { ReactNode } from 'react';
import type { PagedList } from './use-paged-list';
import { ErrorMessage } from './ErrorMessage';
import { EmptyState, Loading } from './states';

export interface Column<T> {
  header: string;
  cell(item: T): ReactNode;
}

interface PagedTableProps<T> {
  caption: string;
  list: PagedList<T>;
  columns: Column<T>[];
  rowKey(item: T): string;
  empty: ReactNode;
}

/** A list from the API as a table, with its loading, empty and error states and a "Load more" for the next page. */
export function PagedTable<T>({ caption, list, columns, rowKey, empty }: PagedTableProps<T>) {
  if (list.error) return <ErrorMessage error={list.error} />;
  if (list.items.length === 0) return list.loading ? <Loading /> : <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => (
            <tr key={rowKey(item)}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(item)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {list.hasMore && (
        <button type="button" className="secondary" onClick={list.loadMore} disabled={list.loading}>
          {list.loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
