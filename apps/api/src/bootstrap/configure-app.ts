import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@tiergate/config';
import { mountBullBoard } from '../admin-jobs/bull-board.mount';
import { answerUnparsableRequests } from '../common/errors/client-error.handler';
import { expressErrorHandler } from '../common/errors/express-error.handler';
import { guardRequestInput } from '../common/validation/request-input-guard';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { metricsTokenGate } from '../metrics/metrics-token.middleware';
import { MetricsService } from '../metrics/metrics.service';
import { mountWebConsole } from './web-console';

export const API_PREFIX = 'api/v1';
/** Operational routes that load balancers and scrapers expect at the root. */
export const UNPREFIXED_ROUTES = ['health', 'metrics'];
/** Routes whose JSON body is a whole document (a policy pack, an inventory): they get DOCUMENT_BODY_LIMIT. */
const DOCUMENT_ROUTES = ['policy/versions', 'datacenters/:id/inventory'];

const noStore: express.RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Everything about the HTTP surface that is not a route: used by main.ts and by every e2e test,
 * so tests exercise exactly what production serves.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();

  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  server.set('trust proxy', config.TRUST_PROXY);
  answerUnparsableRequests(app.getHttpServer());

  app.use(helmet());
  // API answers hold tokens, attestations and evidence: no browser or proxy cache may keep them. A
  // route whose answer is public (the report-signing key) sets its own Cache-Control over this.
  app.use(`/${API_PREFIX}`, noStore);
  app.use('/metrics', metricsTokenGate(config));
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  for (const route of DOCUMENT_ROUTES) app.use(`/${API_PREFIX}/${route}`, express.json({ limit: config.DOCUMENT_BODY_LIMIT }));
  app.use(express.json({ limit: config.BODY_LIMIT }));
  app.use(guardRequestInput());
  // The queue dashboard and the web console: after helmet (they adjust CSP on their own paths), before the error handler and Nest's 404.
  mountBullBoard(app);
  mountWebConsole(app, config.WEB_CONSOLE_DIR);
  app.use(expressErrorHandler);

  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tiergate API')
      .setDescription('AI-datacenter security attestation: operators attest, auditors review, regulators report.')
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', name: 'X-Api-Key', in: 'header' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
