// `npm run drill`: the fault drill. Against a private PostgreSQL and Redis (scripts/drill/
// scratch-services.mjs) and the real api and worker processes, it submits attestations while it
// (a) SIGKILLs the worker, (b) restarts Redis with its data gone, (c) restarts PostgreSQL, and
// exits non-zero unless every accepted submission was verified exactly once and the api answered
// 503 while PostgreSQL was down.
//   node scripts/drill.mjs [--submissions 500] [--concurrency 8]
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import { exitOnSignals, runMain, shutdown } from './stack/lifecycle.mjs';
import { StackError, log, logError } from './stack/log.mjs';
import { ensureDependencies } from './stack/dependencies.mjs';
import { describeExit } from './stack/processes.mjs';
import { appEnvironment, migrate, startApi, startWorker, waitForHealthy } from './drill/apps.mjs';
import { createOperator, prepareDrafts } from './drill/drafts.mjs';
import { FAULTS } from './drill/faults.mjs';
import { Ledger } from './drill/ledger.mjs';
import { runPhase } from './drill/phase.mjs';
import { printReport } from './drill/report.mjs';
import { freePort, makeScratchRoot, startScratchServices } from './drill/scratch-services.mjs';

runMain(async () => {
  exitOnSignals((signal) => 128 + (constants.signals[signal] ?? 0));
  const options = parseOptions();
  const started = Date.now();
  await ensureDependencies();

  const scratch = makeScratchRoot();
  const services = await startScratchServices(scratch.root);
  const apiPort = await freePort();
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const admin = { email: 'drill-admin@tiergate.local', password: randomBytes(16).toString('hex') };
  const env = appEnvironment({ databaseUrl: services.postgres.url, redisUrl: services.redis.url, storageDir: scratch.storage, apiPort, admin });
  await migrate(env);

  // An app that dies on its own is a finding the drill cannot go on from.
  const onUnexpectedExit = (app, result) => {
    logError(`${app.name} exited on its own (${describeExit(result)}); last lines of ${app.logFile}:\n${app.logTail()}`);
    void shutdown(1);
  };
  const drill = {
    services,
    ledger: new Ledger(services.postgres.url),
    api: startApi(env, scratch.logs, onUnexpectedExit),
    worker: startWorker(env, scratch.logs, onUnexpectedExit),
    startWorker: () => startWorker(env, scratch.logs, onUnexpectedExit),
  };
  await waitForHealthy(baseUrl, drill.api);
  log('drill', `api on ${baseUrl} (pid ${drill.api.pid}), worker pid ${drill.worker.pid}; logs in ${scratch.logs}`);

  drill.operator = await createOperator(baseUrl, admin);
  const drafts = await prepareDrafts(drill.operator, options.submissions, { concurrency: options.concurrency });

  const phases = [];
  for (const [index, fault] of FAULTS.entries()) {
    const share = drafts.slice(Math.floor((index * drafts.length) / FAULTS.length), Math.floor(((index + 1) * drafts.length) / FAULTS.length));
    phases.push(await runPhase(drill, fault, share, { concurrency: options.concurrency, number: index + 1, of: FAULTS.length }));
  }

  const passed = printReport(phases, { submissions: options.submissions, tookMs: Date.now() - started });
  if (passed) scratch.passed();
  await shutdown(passed ? 0 : 1);
});

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({ options: { submissions: { type: 'string', default: '500' }, concurrency: { type: 'string', default: '8' } } }));
  } catch (error) {
    throw new StackError(`${error.message}\nusage: node scripts/drill.mjs [--submissions 500] [--concurrency 8]`, 64);
  }
  const submissions = Number(values.submissions);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(submissions) || submissions < FAULTS.length * 3) throw new StackError(`--submissions must be a whole number of at least ${FAULTS.length * 3}`, 64);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new StackError('--concurrency must be a whole number from 1 to 64', 64);
  return { submissions, concurrency };
}
