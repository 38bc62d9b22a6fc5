import type { ConsoleRoute } from '../../app/console-route';
import { AffiliationsPage } from './AffiliationsPage';
import { ReviewPage } from './ReviewPage';
import { ReviewQueuePage } from './ReviewQueuePage';

export const auditorRoutes: ConsoleRoute[] = [
  { path: '/', label: 'Review queue', element: <ReviewQueuePage /> },
  { path: '/affiliations', label: 'Affiliations', element: <AffiliationsPage /> },
  { path: '/review/:attestationId', element: <ReviewPage /> },
];
