import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { TEST_ONLY_JWT_SECRET, type AppConfig } from '@tiergate/config';
import { testConfig, waitFor } from '@tiergate/testing';

const repoRoot = join(__dirname, '..');

/** What `npm start` hands its processes: the bring-up module run on a data folder of our choosing. */
function secretsOf(dataDir: string, env: Record<string, string> = {}): Record<string, string> {
  const script = `import('./scripts/stack/installation-secrets.mjs').then(({ installationSecrets }) => process.stdout.write(JSON.stringify(installationSecrets(process.argv[1], { env: JSON.parse(process.argv[2]) }))))`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, dataDir, JSON.stringify(env)], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(output.slice(output.indexOf('{'))) as Record<string, string>;
}

/** The real api process, outside NODE_ENV=test. */
function startApi(config: AppConfig, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--require', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      STORAGE_DIR: config.STORAGE_DIR,
      ADMIN_EMAIL: config.ADMIN_EMAIL,
      ADMIN_PASSWORD: config.ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

describe('installation secrets', () => {
  const config = testConfig();
  const folders: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiergate-installation-'));
    folders.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('are generated once per installation, kept owner-only, and never shared between installations', () => {
    const first = newDataDir();
    const second = newDataDir();
    const a = secretsOf(first);
    expect(secretsOf(first)).toEqual(a);
    const b = secretsOf(second);

    expect(a.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(a.JWT_SECRET).not.toBe(b.JWT_SECRET);
    expect(a.JWT_SECRET).not.toBe(TEST_ONLY_JWT_SECRET);
    expect(createPrivateKey(Buffer.from(a.REPORT_SIGNING_KEY, 'base64').toString()).asymmetricKeyType).toBe('ed25519');
    expect(a.REPORT_SIGNING_KEY).not.toBe(b.REPORT_SIGNING_KEY);
    expect(statSync(join(first, 'installation-secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('leave alone a variable the operator of the installation set', () => {
    const given = secretsOf(newDataDir(), { JWT_SECRET: 'x'.repeat(40) });
    expect(given).not.toHaveProperty('JWT_SECRET');
    expect(given).toHaveProperty('REPORT_SIGNING_KEY');
  });

  it('are required: outside tests the api refuses to start without a token-signing secret', async () => {
    const api = startApi(config, { PORT: '0' });
    const [code] = (await once(api.child, 'exit')) as [number | null];
    expect(code).toBe(78);
    expect(api.output()).toMatch(/JWT_SECRET is required outside tests/);
  });

  it("sign the installation's tokens, which neither the test secret nor another installation's secret verifies", async () => {
    const mine = secretsOf(newDataDir());
    const other = secretsOf(newDataDir());
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const api = startApi(config, { ...mine, PORT: String(port) });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitFor(`the api on ${base}`, async () => (await fetch(`${base}/health`).catch(() => null))?.status === 200, { timeoutMs: 60_000 });
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };

      await expect(new JwtService({ secret: mine.JWT_SECRET }).verifyAsync(accessToken)).resolves.toHaveProperty('sub');
      await expect(new JwtService({ secret: TEST_ONLY_JWT_SECRET }).verifyAsync(accessToken)).rejects.toThrow(/invalid signature/);
      await expect(new JwtService({ secret: other.JWT_SECRET }).verifyAsync(accessToken)).rejects.toThrow(/invalid signature/);
    } finally {
      api.child.kill('SIGTERM');
      await once(api.child, 'exit');
    }
  });
});
