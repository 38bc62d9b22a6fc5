import type { Role } from '../api/types';
import { adminRoutes } from '../pages/admin/routes';
import { auditorRoutes } from '../pages/auditor/routes';
import { operatorRoutes } from '../pages/operator/routes';
import { regulatorRoutes } from '../pages/regulator/routes';
import type { ConsoleRoute } from './console-route';

/** The user's role decides which pages exist for them at all (the API decides what each shows). */
export const ROUTES_BY_ROLE: Record<Role, ConsoleRoute[]> = {
  operator: operatorRoutes,
  auditor: auditorRoutes,
  regulator: regulatorRoutes,
  admin: adminRoutes,
};
