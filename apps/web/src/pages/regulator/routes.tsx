import type { ConsoleRoute } from '../../app/console-route';
import { AuditLogPage } from './AuditLogPage';
import { DashboardPage } from './DashboardPage';
import { PolicyVersionPage } from './PolicyVersionPage';
import { PolicyVersionsPage } from './PolicyVersionsPage';
import { ReportsPage } from './ReportsPage';

export const regulatorRoutes: ConsoleRoute[] = [
  { path: '/', label: 'Dashboard', element: <DashboardPage /> },
  { path: '/reports', label: 'Reports', element: <ReportsPage /> },
  { path: '/policy', label: 'Policy versions', element: <PolicyVersionsPage /> },
  { path: '/policy/:id', element: <PolicyVersionPage /> },
  { path: '/audit-log', label: 'Audit log', element: <AuditLogPage /> },
];
