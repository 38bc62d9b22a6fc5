import { loadConfig, type AppConfig } from '@tiergate/config';

/**
 * The configuration tests run with: whatever `npm test` exported, refusing any database whose name
 * does not say "test" — the global setup drops its schema.
 */
export function testConfig(overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  // Tests point webhooks at receivers on 127.0.0.1; a test of the refusal turns this off.
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error', WEBHOOK_ALLOW_LOOPBACK: 'true', ...overrides });
  const databaseName = new URL(config.DATABASE_URL).pathname.slice(1);
  if (!/test/.test(databaseName)) {
    throw new Error(`refusing to run tests against database "${databaseName}": its name must contain "test"`);
  }
  return config;
}
