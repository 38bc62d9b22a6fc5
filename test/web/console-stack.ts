import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../setup/test-api';
import { WorkerProcess } from '../setup/worker-process';

const REPO_ROOT = join(__dirname, '../..');
const WEB_DIST = join(REPO_ROOT, 'dist/web');

/** `npm test` builds the console before jest; a spec run on its own builds it when missing. */
function ensureConsoleBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mjs', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}

/** The real api serving the built console on a loopback port, and the real worker beside it. */
export class ConsoleStack {
  private constructor(
    readonly api: TestApi,
    readonly worker: WorkerProcess,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<ConsoleStack> {
    ensureConsoleBuilt();
    const api = await startTestApi({ WEB_CONSOLE_DIR: WEB_DIST });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
    return new ConsoleStack(api, worker, `http://127.0.0.1:${port}`);
  }

  async stop(): Promise<void> {
    await this.worker.stop();
    await this.api.close();
  }
}
