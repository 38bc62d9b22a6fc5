/**
 * Verification end to end: N submitted attestations (cloned from one complete attestation built
 * through the real HTTP API) with their outbox events, then the real worker (outbox relay → BullMQ
 * → verification: evidence re-hashed, screening, rules, findings, review item) until every one is
 * decided. Baseline in the same run: a plain `pg` script doing the bare state writes of a
 * verification (lock, status, history row, review item) for the same number of rows. The run's
 * facilities and attestations are deleted at the end.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { loadConfig } from '@tiergate/config';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { startBenchApi } from './lib/bench-api';
import { reportFigures, times } from './lib/bench-report';
import { apiCall, createCompleteDraft } from './lib/complete-draft';

const COUNT = Number(process.env.BENCH_VERIFICATIONS ?? 300);

/** One complete draft through the API, submitted: the template every clone copies. */
async function buildTemplate(base: string, config: ReturnType<typeof loadConfig>): Promise<{ attestationId: string; organizationId: string }> {
  const draft = await createCompleteDraft(base, config);
  await apiCall(base, `/api/v1/attestations/${draft.attestationId}/submit`, { method: 'POST', token: draft.operatorToken, body: JSON.stringify({}) });
  return draft;
}

/** Clones the template into COUNT fresh facilities, each with a submitted attestation and its outbox event. */
async function cloneSubmissions(client: Client, template: string): Promise<string[]> {
  const ids: string[] = [];
  await client.query('BEGIN');
  for (let index = 0; index < COUNT; index += 1) {
    const { rows } = await client.query(
      `WITH dc AS (
         INSERT INTO datacenters (organization_id, name, country_code, inventory_revision, inventory_line_count, inventory_models)
         SELECT d.organization_id, d.name || ' ' || $2, d.country_code, d.inventory_revision, d.inventory_line_count, d.inventory_models
         FROM datacenters d JOIN attestations a ON a.datacenter_id = d.id WHERE a.id = $1 RETURNING id)
       INSERT INTO attestations (datacenter_id, organization_id, country_code, policy_version_id, version, status, claims, counterparties, statement_text, statement_sha256, submitted_at, submitted_by, created_by)
       SELECT dc.id, a.organization_id, a.country_code, a.policy_version_id, 1, 'submitted', a.claims, a.counterparties, a.statement_text, a.statement_sha256, now(), a.submitted_by, a.created_by
       FROM attestations a, dc WHERE a.id = $1 RETURNING id`,
      [template, `${index}-${randomUUID().slice(0, 6)}`],
    );
    const id = rows[0].id as string;
    await client.query(
      `INSERT INTO evidence (attestation_id, sha256, size, media_type, type, control_ids, file_name, uploaded_by)
       SELECT $2, sha256, size, media_type, type, control_ids, file_name, uploaded_by FROM evidence WHERE attestation_id = $1`,
      [template, id],
    );
    await client.query(`INSERT INTO outbox (event_type, payload) VALUES ('attestation.submitted', $1)`, [JSON.stringify({ attestationId: id })]);
    ids.push(id);
  }
  await client.query('COMMIT');
  return ids;
}

async function baseline(client: Client): Promise<number> {
  await client.query('CREATE TEMP TABLE plain_attestations (id int PRIMARY KEY, status text)');
  await client.query('CREATE TEMP TABLE plain_history (attestation_id int, event text, at timestamptz DEFAULT now())');
  await client.query('CREATE TEMP TABLE plain_review (attestation_id int PRIMARY KEY, priority int)');
  await client.query(`INSERT INTO plain_attestations SELECT g, 'submitted' FROM generate_series(1, ${COUNT}) g`);
  const started = performance.now();
  for (let id = 1; id <= COUNT; id += 1) {
    await client.query('BEGIN');
    await client.query('SELECT status FROM plain_attestations WHERE id = $1 FOR UPDATE', [id]);
    await client.query(`UPDATE plain_attestations SET status = 'verifying' WHERE id = $1`, [id]);
    await client.query(`INSERT INTO plain_history (attestation_id, event) VALUES ($1, 'start_verification')`, [id]);
    await client.query('COMMIT');
    await client.query('BEGIN');
    await client.query('SELECT status FROM plain_attestations WHERE id = $1 FOR UPDATE', [id]);
    await client.query('INSERT INTO plain_review VALUES ($1, 10)', [id]);
    await client.query(`UPDATE plain_attestations SET status = 'in_review' WHERE id = $1`, [id]);
    await client.query(`INSERT INTO plain_history (attestation_id, event) VALUES ($1, 'pass_verification')`, [id]);
    await client.query('COMMIT');
  }
  return COUNT / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', OUTBOX_RELAY_INTERVAL_MS: '20' });
  const { api, base } = await startBenchApi(config);
  const template = await buildTemplate(base, config);

  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  const ids = await cloneSubmissions(client, template.attestationId);

  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
  const started = performance.now();
  await worker.init();
  for (;;) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM attestations WHERE id = ANY($1) AND status IN ('in_review', 'rejected')`, [ids]);
    if (rows[0].n === COUNT) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await api.close();

  const rate = COUNT / seconds;
  const plainRate = await baseline(client);
  // This run's facilities and attestations go (findings and review items cascade), so later runs and
  // benches (the review queue's depth, the status report's facility count) do not find them.
  await client.query('DELETE FROM attestations WHERE organization_id = $1', [template.organizationId]);
  await client.query('DELETE FROM datacenters WHERE organization_id = $1', [template.organizationId]);
  await client.end();
  console.log('\nverification end to end (outbox → BullMQ → worker: re-hash 8 evidence files, screening, rules, findings, review item)');
  console.log(`  ${COUNT} attestations verified in ${seconds.toFixed(2)} s: ${rate.toFixed(1)} verifications/s`);
  console.log(`  baseline (plain pg, the bare state writes only): ${plainRate.toFixed(1)} /s; ratio ${(rate / plainRate).toFixed(2)}`);
  console.log('  target: none set in docs/architecture.md (reported for capacity planning)');

  reportFigures('verification', [
    {
      figure: `verification end to end (outbox → BullMQ → worker), ${COUNT} attestations`,
      value: `${rate.toFixed(1)} /s`,
      baseline: `${plainRate.toFixed(0)} /s (bare state writes, plain pg)`,
      ratio: times(rate / plainRate),
      met: null,
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
