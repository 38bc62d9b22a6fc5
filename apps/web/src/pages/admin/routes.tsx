import type { ConsoleRoute } from '../../app/console-route';
import { AdminHomePage } from './AdminHomePage';

export const adminRoutes: ConsoleRoute[] = [{ path: '/', label: 'Home', element: <AdminHomePage /> }];
