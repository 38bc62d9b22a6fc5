// The three faults, each injected while submissions are under way. inject() returns what the
// report shows about it, and `problems` when the system misbehaved during the fault itself.
import { rmSync } from 'node:fs';
import { log } from '../stack/log.mjs';
import { sleep } from '../stack/wait.mjs';
import { call, isErrorBody } from './http.mjs';

/** While PostgreSQL is down, every answer must be a 503 in the error format, and come this fast. */
const UNAVAILABLE_WITHIN_MS = 10_000;
const REDIS_DOWN_MS = 2_000;
const POSTGRES_MIN_DOWN_MS = 3_000;
const RECOVERY_TIMEOUT_MS = 60_000;

export const FAULTS = [
  {
    name: 'worker SIGKILL',
    describe: 'SIGKILL the worker mid-verification and start a new one',
    async inject(drill) {
      const killed = drill.worker;
      await killed.kill();
      drill.worker = drill.startWorker();
      return { note: `killed worker pid ${killed.pid}, started pid ${drill.worker.pid}`, problems: [] };
    },
  },
  {
    name: 'redis restart',
    describe: 'stop Redis, delete its data, start it again',
    async inject(drill) {
      await drill.services.redis.stop();
      // Jobs the relay had handed to Redis and that were not done yet vanish with its data.
      const { queued } = await drill.ledger.inFlight(drill.phaseIds);
      rmSync(drill.services.redis.dataDir, { recursive: true, force: true });
      await sleep(REDIS_DOWN_MS);
      await drill.services.redis.start();
      return { note: `Redis down ${REDIS_DOWN_MS / 1000} s; its data, with ${queued} queued verification job(s) of this phase, deleted`, problems: [] };
    },
  },
  {
    name: 'postgres restart',
    describe: 'stop PostgreSQL (fast shutdown) and start it again; the api must answer 503 meanwhile',
    async inject(drill) {
      const apiPid = drill.api.pid;
      const stoppedAt = Date.now();
      await drill.services.postgres.stop();
      const probes = await probeWhileDown(drill);
      const problems = probes
        .filter((probe) => !probe.ok)
        .map((probe) => `while PostgreSQL was down, ${probe.what} answered ${probe.answer} (expected 503 in the error format within ${UNAVAILABLE_WITHIN_MS / 1000} s)`);
      for (const probe of probes) log('drill', `  PostgreSQL down: ${probe.what} → ${probe.answer}`);
      await sleep(Math.max(0, stoppedAt + POSTGRES_MIN_DOWN_MS - Date.now()));
      await drill.services.postgres.start();
      const downFor = Date.now() - stoppedAt;

      const recovery = await recoveryTime(drill);
      if (recovery === null) problems.push(`the api did not answer 200 again within ${RECOVERY_TIMEOUT_MS / 1000} s of PostgreSQL's return`);
      if (!drill.api.running || drill.api.pid !== apiPid) problems.push('the api process did not survive the PostgreSQL restart');
      const answered503 = probes.filter((probe) => probe.ok).length;
      const slowest = Math.max(...probes.map((probe) => probe.ms));
      const recovered = recovery === null ? 'did not answer 200 again' : `answered 200 again ${recovery} ms after PostgreSQL returned`;
      return {
        note: `PostgreSQL down ${(downFor / 1000).toFixed(1)} s; ${answered503}/${probes.length} probes answered 503 (slowest ${slowest} ms); the api (same process) ${recovered}`,
        problems,
        probes: probes.map(({ what, status, ms }) => ({ what, status, ms })),
      };
    },
  },
];

/** Reads, a write and a sign-in, each of which needs the database. */
async function probeWhileDown(drill) {
  const { operator, sample } = drill;
  const options = { timeoutMs: UNAVAILABLE_WITHIN_MS };
  const probes = [
    ['GET /attestations/:id', () => operator.request('GET', `/api/v1/attestations/${sample.id}`, options)],
    ['GET /attestations', () => operator.request('GET', '/api/v1/attestations?limit=5', options)],
    ['POST /attestations/:id/submit (a retry)', () => operator.request('POST', `/api/v1/attestations/${sample.id}/submit`, { ...options, json: {}, headers: { 'Idempotency-Key': sample.key } })],
    ['POST /auth/login', () => call(operator.baseUrl, 'POST', '/api/v1/auth/login', { ...options, json: { email: operator.email, password: operator.password } })],
  ];
  const results = [];
  for (const [what, send] of probes) {
    const result = await send();
    const ok = result.status === 503 && isErrorBody(result.body, 503) && result.ms <= UNAVAILABLE_WITHIN_MS;
    const answer = result.status === 0 ? `no answer after ${result.ms} ms (${result.failure})` : `${result.status} in ${result.ms} ms${ok ? '' : ` ${JSON.stringify(result.body).slice(0, 200)}`}`;
    results.push({ what, ok, status: result.status, ms: result.ms, answer });
  }
  return results;
}

/** Milliseconds until the api serves a database read again, or null. */
async function recoveryTime(drill) {
  const started = Date.now();
  while (Date.now() - started < RECOVERY_TIMEOUT_MS) {
    const result = await drill.operator.request('GET', `/api/v1/attestations/${drill.sample.id}`, { timeoutMs: 5_000 });
    if (result.status === 200) return Date.now() - started;
    await sleep(100);
  }
  return null;
}
