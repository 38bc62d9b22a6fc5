import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@tiergate/config';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap/configure-app';

/** The real api in this process, configured as main.ts does, listening on a loopback port. */
export async function startBenchApi(config: AppConfig): Promise<{ api: INestApplication; base: string }> {
  const api = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, logger: ['error'] });
  configureApp(api, config);
  await api.listen(0, '127.0.0.1');
  const { port } = api.getHttpServer().address() as { port: number };
  return { api, base: `http://127.0.0.1:${port}` };
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
