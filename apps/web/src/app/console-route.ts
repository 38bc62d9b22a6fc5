import type { ReactElement } from 'react';

/**
 * A page of the console. Routes with a `label` appear in the navigation of the role whose list
 * holds them, in list order; the others (detail pages) are reached by links.
 */
export interface ConsoleRoute {
  path: string;
  element: ReactElement;
  label?: string;
}
