import type { ConsoleRoute } from '../../app/console-route';
import { RegulatorHomePage } from './RegulatorHomePage';

export const regulatorRoutes: ConsoleRoute[] = [{ path: '/', label: 'Home', element: <RegulatorHomePage /> }];
