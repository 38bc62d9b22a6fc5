import type { ConsoleRoute } from '../../app/console-route';
import { AuditorHomePage } from './AuditorHomePage';

export const auditorRoutes: ConsoleRoute[] = [{ path: '/', label: 'Home', element: <AuditorHomePage /> }];
