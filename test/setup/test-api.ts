import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@tiergate/config';
import { testConfig } from '@tiergate/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap/configure-app';

export interface TestApi {
  app: INestApplication;
  config: AppConfig;
  /** The http.Server to hand to supertest. */
  server: Parameters<typeof import('supertest')>[0];
  close(): Promise<void>;
}

/** The real api (real PostgreSQL, real Redis), configured exactly as main.ts does, on an ephemeral port. */
export async function startTestApi(overrides: Parameters<typeof testConfig>[0] = {}): Promise<TestApi> {
  const config = testConfig(overrides);
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, logger: false, abortOnError: false });
  configureApp(app, config);
  await app.init();
  return { app, config, server: app.getHttpServer(), close: () => app.close() };
}
