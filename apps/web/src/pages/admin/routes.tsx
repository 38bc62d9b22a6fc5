import type { ConsoleRoute } from '../../app/console-route';
import { OrganizationsPage } from './OrganizationsPage';
import { UsersPage } from './UsersPage';

export const adminRoutes: ConsoleRoute[] = [
  { path: '/', label: 'Users', element: <UsersPage /> },
  { path: '/organizations', label: 'Organisations', element: <OrganizationsPage /> },
];
