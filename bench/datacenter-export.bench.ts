/**
 * Facility export over 100,000 facilities (target in docs/architecture.md: at least 50,000 rows/s with memory
 * bounded), end to end over HTTP: database cursor → rows priced by the active policy → CSV or JSON
 * in a hashed temporary file → Ed25519 signature → file streamed back. Memory is sampled through
 * each export; exports of a quarter, half and all of the facilities show whether it grows with
 * rows. Baseline in the same run: a plain `pg` cursor reading the same query, rows discarded.
 *
 * Seeds through status-report.bench.ts's seedFacilities (tops the database up to
 * BENCH_REPORT_FACILITIES, default 100,000).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import QueryStream from 'pg-query-stream';
import { loadConfig } from '@tiergate/config';
import { DATACENTER_EXPORT_SQL } from '../apps/api/src/reports/datacenter-export.sql';
import { count, reportFigures, times } from './lib/bench-report';
import { BENCH_COUNTRIES, BENCH_FACILITIES, login, seedFacilities, startReportsApi } from './status-report.bench';

const MB = 1024 * 1024;
const TARGET_ROWS_PER_SECOND = 50_000;
/**
 * Memory bounded: an export of every facility never raises the server's RSS by half its own
 * output, so it cannot be holding the body (or the rows) in memory; streamed, the rise stays a few MB.
 */
const BOUNDED_SHARE_OF_BODY = 0.5;

interface ExportRun {
  rows: number;
  bytes: number;
  seconds: number;
  rssBefore: number;
  rssPeak: number;
}

/**
 * One export downloaded by curl in a child process, so the client does not share this process's
 * one thread with the server it measures; the server's RSS is sampled throughout.
 */
async function exportOnce(url: string, token: string): Promise<ExportRun> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 5);
  const body = join(tmpdir(), `bench-export-${randomUUID()}`);
  const started = performance.now();
  const headers = await new Promise<string>((resolve, reject) => {
    const curl = spawn('curl', ['-sS', '--fail', '-D', '-', '-o', body, '-H', `Authorization: Bearer ${token}`, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    curl.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    curl.on('error', reject);
    curl.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`curl ${url} exited with ${code}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  if (!/^x-report-signature:/im.test(headers)) throw new Error('the export came without its signature');
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of createReadStream(body)) {
    const value = chunk as Buffer;
    bytes += value.length;
    for (let at = value.indexOf(0x0a); at !== -1; at = value.indexOf(0x0a, at + 1)) newlines += 1;
  }
  await rm(body, { force: true });
  // CSV: a header line then one line per row. JSON: an opening line, one line per row, a closing line.
  const rows = url.includes('format=json') ? newlines - 2 : newlines - 1;
  return { rows, bytes, seconds, rssBefore, rssPeak };
}

/** The same query through a bare cursor, in the same transaction settings and batch size the export uses. */
async function plainCursor(client: Client): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  await client.query('BEGIN READ ONLY');
  await client.query('SET LOCAL jit = off');
  await client.query("SET LOCAL work_mem = '64MB'");
  const stream = client.query(new QueryStream(DATACENTER_EXPORT_SQL, [null], { batchSize: 1_000 }));
  for await (const _row of stream) rows += 1;
  await client.query('COMMIT');
  return { rows, seconds: (performance.now() - started) / 1000 };
}

async function regulatorToken(base: string, adminToken: string, jurisdictions: string[]): Promise<string> {
  const email = `bench-regulator-${randomUUID().slice(0, 8)}@example.test`;
  const password = 'bench-password-123';
  const response = await fetch(`${base}/users`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, role: 'regulator', jurisdictions }),
  });
  if (!response.ok) throw new Error(`creating a regulator → ${response.status} ${await response.text()}`);
  return login(base, email, password);
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  const api = await startReportsApi(config);
  await seedFacilities(client, BENCH_FACILITIES);
  const admin = await login(api.base, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  const quarter = await regulatorToken(api.base, admin, BENCH_COUNTRIES.slice(0, 5));
  const half = await regulatorToken(api.base, admin, BENCH_COUNTRIES.slice(0, 10));

  const csv = `${api.base}/reports/datacenters?format=csv`;
  await exportOnce(csv, admin); // warm-up: policy compiled, code paths hot
  const runs: [string, ExportRun][] = [];
  runs.push(['CSV, a quarter of the facilities', await exportOnce(csv, quarter)]);
  runs.push(['CSV, half of the facilities', await exportOnce(csv, half)]);
  for (let repeat = 1; repeat <= 3; repeat += 1) runs.push([`CSV, all facilities (run ${repeat})`, await exportOnce(csv, admin)]);
  runs.push(['JSON, all facilities', await exportOnce(`${api.base}/reports/datacenters?format=json`, admin)]);
  await api.close();

  await plainCursor(client); // warm-up
  const plain = await plainCursor(client);
  await client.end();

  console.log('\nfacility export end to end over HTTP, downloaded by curl (cursor → rows priced by the policy → hashed temp file → signed → streamed back)');
  for (const [label, run] of runs) {
    console.log(
      `  ${label.padEnd(36)} ${run.rows.toLocaleString('en-US').padStart(7)} rows, ${(run.bytes / MB).toFixed(1).padStart(5)} MB in ${run.seconds.toFixed(2)} s: ` +
        `${Math.round(run.rows / run.seconds)
          .toLocaleString('en-US')
          .padStart(7)} rows/s; RSS ${(run.rssBefore / MB).toFixed(0)} MB before, peak ${(run.rssPeak / MB).toFixed(0)} MB (+${((run.rssPeak - run.rssBefore) / MB).toFixed(0)} MB)`,
    );
  }
  console.log(
    `  baseline, plain pg cursor over the same query, rows discarded: ${plain.rows.toLocaleString('en-US')} rows in ${plain.seconds.toFixed(2)} s: ${Math.round(plain.rows / plain.seconds).toLocaleString('en-US')} rows/s`,
  );
  console.log(`  process peak RSS over the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const full = runs.filter(([label]) => label.startsWith('CSV, all')).map(([, run]) => run.rows / run.seconds);
  const best = Math.max(...full);
  const plainRate = plain.rows / plain.seconds;
  console.log(
    `  target: >= 50,000 rows/s with memory bounded (docs/architecture.md) — CSV of all facilities: best ${Math.round(best).toLocaleString('en-US')} rows/s: ${best >= TARGET_ROWS_PER_SECOND ? 'met' : 'NOT met'}`,
  );
  const everything = runs.filter(([label]) => label.includes('all facilities')).map(([, run]) => run);
  const bounded = everything.every((run) => run.rssPeak - run.rssBefore < BOUNDED_SHARE_OF_BODY * run.bytes);
  const rise = (run: ExportRun) => `+${((run.rssPeak - run.rssBefore) / MB).toFixed(0)} MB`;
  const [, quarterRun] = runs[0];

  reportFigures('datacenter-export', [
    {
      figure: `facility export: CSV of ${count(everything[0].rows)} facilities over HTTP (best of 3)`,
      value: `${count(best)} rows/s`,
      baseline: `${count(plainRate)} rows/s (plain pg cursor)`,
      ratio: times(best / plainRate),
      target: `≥ ${count(TARGET_ROWS_PER_SECOND)} rows/s`,
      met: best >= TARGET_ROWS_PER_SECOND,
    },
    {
      figure: 'facility export: memory bounded (server RSS rise per export)',
      value: `${rise(quarterRun)} at ¼ of the rows, ${everything.map(rise).join(', ')} at all (CSV ×3, JSON)`,
      target: `bounded: < ${BOUNDED_SHARE_OF_BODY * 100}% of the body (${(everything[0].bytes / MB).toFixed(0)} MB CSV)`,
      met: bounded,
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
