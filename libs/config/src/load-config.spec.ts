import { TEST_ONLY_JWT_SECRET } from './env.schema';
import { ConfigurationError, loadConfig } from './load-config';

const minimal = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379/0', JWT_SECRET: 'x'.repeat(40) };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies defaults for development', () => {
    expect(loadConfig(minimal)).toMatchObject({ NODE_ENV: 'development', PORT: 3000, STORAGE_DIR: '.data/storage' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...minimal, PORT: '' }).PORT).toBe(3000);
  });

  it('names the variable that is wrong, with the value given', () => {
    expect(problemsOf({ ...minimal, PORT: 'abc' })).toEqual(['PORT must be a number (got "abc")']);
    expect(problemsOf({ ...minimal, PORT: '70000' })).toEqual(['PORT must be between 1 and 65535 (got "70000")']);
    expect(problemsOf({ ...minimal, DATABASE_URL: 'mysql://x@y/z' })[0]).toMatch(/^DATABASE_URL must start with postgres/);
  });

  it('reports every missing variable at once', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL is required/);
    expect(problems[1]).toMatch(/^REDIS_URL is required/);
  });

  it('has no token-signing secret to fall back on outside tests', () => {
    const { JWT_SECRET: _given, ...withoutSecret } = minimal;
    for (const NODE_ENV of ['development', 'production', undefined]) {
      expect(problemsOf({ ...withoutSecret, NODE_ENV })).toContainEqual(expect.stringMatching(/^JWT_SECRET is required outside tests/));
      expect(problemsOf({ ...withoutSecret, NODE_ENV, JWT_SECRET: TEST_ONLY_JWT_SECRET })).toContainEqual(expect.stringMatching(/^JWT_SECRET is required outside tests/));
    }
  });

  it('uses the fixed test secret only under NODE_ENV=test', () => {
    const { JWT_SECRET: _given, ...withoutSecret } = minimal;
    expect(loadConfig({ ...withoutSecret, NODE_ENV: 'test' }).JWT_SECRET).toBe(TEST_ONLY_JWT_SECRET);
    expect(loadConfig({ ...minimal, NODE_ENV: 'test' }).JWT_SECRET).toBe(minimal.JWT_SECRET);
  });

  it('refuses the public development secrets in production and never echoes secrets', () => {
    const problems = problemsOf({ ...minimal, NODE_ENV: 'production' });
    expect(problems.sort()).toEqual([
      expect.stringMatching(/^ADMIN_PASSWORD must be set to a secret of your own in production/),
      expect.stringMatching(/^REPORT_SIGNING_KEY is required in production/),
    ]);
    expect(problemsOf({ ...minimal, NODE_ENV: 'production', JWT_SECRET: 'short' }).join()).not.toContain('short');
  });

  it('lets webhooks reach loopback only outside production, and only when asked', () => {
    expect(loadConfig(minimal).WEBHOOK_ALLOW_LOOPBACK).toBe(false);
    expect(loadConfig({ ...minimal, WEBHOOK_ALLOW_LOOPBACK: 'true' }).WEBHOOK_ALLOW_LOOPBACK).toBe(true);
    expect(problemsOf({ ...minimal, NODE_ENV: 'production', WEBHOOK_ALLOW_LOOPBACK: 'true' })).toContainEqual(expect.stringMatching(/^WEBHOOK_ALLOW_LOOPBACK must be false in production/));
  });

  it('accepts production with secrets of its own', () => {
    const config = loadConfig({
      ...minimal,
      NODE_ENV: 'production',
      JWT_SECRET: 'a'.repeat(48),
      ADMIN_PASSWORD: 'a-long-admin-password',
      REPORT_SIGNING_KEY: 'an Ed25519 PKCS#8 PEM, checked when the key is loaded',
    });
    expect(config.NODE_ENV).toBe('production');
  });
});
