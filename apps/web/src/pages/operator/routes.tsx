import type { ConsoleRoute } from '../../app/console-route';
import { OperatorHomePage } from './OperatorHomePage';

export const operatorRoutes: ConsoleRoute[] = [{ path: '/', label: 'Home', element: <OperatorHomePage /> }];
