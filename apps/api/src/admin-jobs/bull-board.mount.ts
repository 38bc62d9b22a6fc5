import type { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type express from 'express';
import { DataSource } from 'typeorm';
import { QueueRegistry } from '@tiergate/jobs';
import { AuditWriter } from '@tiergate/persistence';
import { AuthService } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { UsersService } from '../users/users.service';
import { adminBasicAuth } from './admin-basic-auth.middleware';
import { auditBoardActions } from './bull-board-audit.middleware';
import { bullBoardContentSecurityPolicy } from './bull-board-csp';
import { sameOriginActions } from './same-origin-actions.middleware';
import { VerifiedCredentialsCache } from './verified-credentials-cache';

/** At the root, not under the API prefix: it is a browser page, not part of the versioned API. */
export const BULL_BOARD_PATH = '/admin/queues';

const mountedOn = new WeakSet<object>();

/**
 * Serves the Bull Board dashboard over every Tiergate queue at /admin/queues, to admins signed in
 * with HTTP Basic; its state-changing requests only from its own origin. Call it from configureApp after helmet() (whose CSP it replaces on this path) and
 * before expressErrorHandler (which then answers its errors in the API's format), and before
 * app.init(): Nest's 404 handler, added at init, would otherwise answer first. Mounting twice is a
 * no-op, so a test can call it whether or not configureApp already does.
 */
export function mountBullBoard(app: INestApplication): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  if (mountedOn.has(server)) return;
  mountedOn.add(server);

  const serverAdapter = new ExpressAdapter().setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: app
      .get(QueueRegistry)
      .all()
      .map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Tiergate jobs' } },
  });
  // Bull Board runs its own express app, which would announce itself in X-Powered-By.
  const board = serverAdapter.getRouter() as express.Express;
  board.disable('x-powered-by');

  app.use(
    BULL_BOARD_PATH,
    bullBoardContentSecurityPolicy,
    // Before sign-in: a cross-site request must not even count as a login attempt.
    sameOriginActions(),
    adminBasicAuth({
      auth: app.get(AuthService),
      throttle: app.get(LoginThrottle),
      users: app.get(UsersService),
      verified: new VerifiedCredentialsCache(),
    }),
    auditBoardActions(app.get(DataSource), app.get(AuditWriter)),
    board,
  );
}
