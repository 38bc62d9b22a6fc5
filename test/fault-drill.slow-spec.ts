import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

interface FaultResult {
  fault: string;
  submitted: number;
  terminal: number;
  duplicated: number;
  lost: number;
  /** Requests sent while PostgreSQL was down (the postgres fault only). */
  probes: { what: string; status: number }[];
  passed: boolean;
  problems: string[];
}

const SUBMISSIONS = 60;

/**
 * The short form of `npm run drill`: the real api and worker against a private PostgreSQL and Redis
 * (never this run's), with the worker SIGKILLed, Redis restarted without its data and PostgreSQL
 * restarted while attestations are being submitted.
 */
describe('fault drill (short form)', () => {
  let drill: ChildProcess | undefined;

  afterAll(() => {
    // Interrupted (e.g. a jest timeout): SIGTERM lets the drill stop its services and apps.
    if (drill && drill.exitCode === null && drill.signalCode === null) drill.kill('SIGTERM');
  });

  it('loses and duplicates no submission through a worker kill, a Redis wipe and a PostgreSQL restart', async () => {
    drill = spawn(process.execPath, [join(__dirname, '../scripts/drill.mjs'), '--submissions', String(SUBMISSIONS)], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    drill.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    drill.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => drill?.once('exit', (code) => resolve(code)));

    const resultLine = output.split('\n').find((line) => line.startsWith('DRILL_RESULT '));
    if (exitCode !== 0 || !resultLine) throw new Error(`the drill failed (exit ${exitCode}):\n${output.slice(-8_000)}`);
    const result = JSON.parse(resultLine.slice('DRILL_RESULT '.length)) as { passed: boolean; submissions: number; faults: FaultResult[] };

    expect(result.passed).toBe(true);
    expect(result.faults.map((fault) => fault.fault)).toEqual(['worker SIGKILL', 'redis restart', 'postgres restart']);
    for (const fault of result.faults) {
      expect(fault).toMatchObject({ submitted: SUBMISSIONS / 3, terminal: SUBMISSIONS / 3, duplicated: 0, lost: 0, problems: [] });
    }
    // While PostgreSQL was down: reads, a submit and a sign-in all answered 503 (not 500, not a hang).
    const probes = result.faults[2].probes;
    expect(probes.length).toBeGreaterThanOrEqual(4);
    expect(probes.map((probe) => probe.status)).toEqual(probes.map(() => 503));
  }, 300_000);
});
