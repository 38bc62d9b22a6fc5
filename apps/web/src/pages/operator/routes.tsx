import type { ConsoleRoute } from '../../app/console-route';
import { ApiKeysPage } from './ApiKeysPage';
import { AttestationStatusPage } from './AttestationStatusPage';
import { AttestationsPage } from './AttestationsPage';
import { DatacenterDetailPage } from './DatacenterDetailPage';
import { DatacentersPage } from './DatacentersPage';
import { FindingsPage } from './FindingsPage';
import { OrganizationPage } from './OrganizationPage';
import { WebhooksPage } from './WebhooksPage';
import { AttestationWizardPage } from './wizard/AttestationWizardPage';

export const operatorRoutes: ConsoleRoute[] = [
  { path: '/', label: 'Datacenters', element: <DatacentersPage /> },
  { path: '/datacenters/:id', element: <DatacenterDetailPage /> },
  { path: '/attestations', label: 'Attestations', element: <AttestationsPage /> },
  { path: '/attestations/:id', element: <AttestationStatusPage /> },
  { path: '/attestations/:id/wizard', element: <AttestationWizardPage /> },
  { path: '/findings', label: 'Findings', element: <FindingsPage /> },
  { path: '/organization', label: 'Organisation', element: <OrganizationPage /> },
  { path: '/api-keys', label: 'API keys', element: <ApiKeysPage /> },
  { path: '/webhooks', label: 'Webhooks', element: <WebhooksPage /> },
];
