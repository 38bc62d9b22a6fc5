import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { AppConfig } from '@tiergate/config';

/**
 * The real worker, as its own process (`apps/worker/src/main.ts`), for tests that must kill it or
 * move its clock. Its output is kept for the failure message.
 */
export class WorkerProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000)));
    child.stderr?.on('data', (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000)));
  }

  static start(config: AppConfig, env: Record<string, string> = {}): WorkerProcess {
    const child = spawn(process.execPath, ['--require', '@swc-node/register', join(__dirname, '../../apps/worker/src/main.ts')], {
      cwd: join(__dirname, '../..'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL,
        STORAGE_DIR: config.STORAGE_DIR,
        WEBHOOK_ALLOW_LOOPBACK: String(config.WEBHOOK_ALLOW_LOOPBACK),
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        OUTBOX_RELAY_INTERVAL_MS: '50',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new WorkerProcess(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get log(): string {
    return this.output;
  }

  /** SIGKILL: no shutdown hooks, jobs in flight are abandoned mid-way. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await once(this.child, 'exit');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const exited = once(this.child, 'exit');
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([exited, timeout]);
    await this.kill();
  }
}
