import { NestFactory } from '@nestjs/core';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Module } from '@nestjs/common';
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

/** The real api (real PostgreSQL, real Redis), configured exactly as main.ts does, on an ephemeral port.
 * `extraModules` lets a test mount routes of its own beside the real ones. */
export async function startTestApi(overrides: Parameters<typeof testConfig>[0] = {}, extraModules: (Type | DynamicModule)[] = []): Promise<TestApi> {
  const config = testConfig(overrides);
  @Module({ imports: [AppModule.forRoot(config), ...extraModules] })
  class TestRootModule {}
  const app = await NestFactory.create(TestRootModule, { bodyParser: false, logger: false, abortOnError: false });
  configureApp(app, config);
  await app.init();
  return { app, config, server: app.getHttpServer(), close: () => app.close() };
}
