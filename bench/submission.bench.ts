/**
 * Submission path at 50 concurrent clients (docs/architecture.md, "Targets": at least 50% of the throughput of a plain
 * `pg` script doing the same writes, in the same run; p99 under 50 ms).
 *
 * Setup: one complete draft built through the real API (bench/lib/complete-draft.ts), cloned in
 * bulk SQL into 2 × (BENCH_SUBMISSIONS + warm-up) drafts, each on its own facility (unattested, so
 * every submission also moves its facility to pending) with the template's evidence rows.
 *
 * Measured: the real api in this process on an ephemeral port; 50 closed-loop clients in a child
 * process (bench/lib/http-load.mjs, so they do not share the server's event loop) each sending
 * POST /api/v1/attestations/:id/submit with an Idempotency-Key, as the operator (bearer token),
 * one draft per request. Each submission does its full work: user and active policy read, draft
 * locked, evidence read and checked for completeness, statement built and hashed, signing keys
 * read, outbox row, facility status change with its history row and audit entry, attestation
 * status with the frozen statement, transition row and audit entry, one transaction.
 *
 * Baseline, same run, after the api has closed: 50 plain `pg` connections doing the same reads and
 * writes per submission in the same order and transaction, with the same domain functions for the
 * completeness check, the statement and the audit hashes, but with nothing else: no HTTP, no
 * authentication, no ORM, and each thing read once.
 *
 * Re-runnable: the facilities, drafts and outbox rows of earlier runs (organisations named
 * "Submission bench …") are deleted first; this run's are deleted at the end, so the worker of a
 * later bench finds no submitted attestations or pending outbox rows of ours.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client, Pool, type PoolClient } from 'pg';
import { loadConfig } from '@tiergate/config';
import { buildAttestationStatement, chainAuditEntry, GENESIS_HASH, inventoryDigest, statementBytes, type AuditActor, type JsonObject } from '@tiergate/domain';
import { missingForSubmission, policyPackSchema, type PolicyPack } from '@tiergate/policy';
import { percentile, startBenchApi } from './lib/bench-api';
import { AUDIT_CHAIN_LOCK_KEY } from './lib/audit-chain-lock';
import { count, reportFigures, times } from './lib/bench-report';
import { createCompleteDraft } from './lib/complete-draft';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2_000);
const WARMUP = 100;
const CLIENTS = 50;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
const NAME_PREFIX = 'Submission bench';

interface Measured {
  seconds: number;
  latenciesMs: number[];
  /** Baseline only: from the audit chain lock granted to commit, per submission. */
  chainLockHeldMs?: number[];
}

/** CPU time this process used over `seconds` of wall time, as a share of one core (Node runs JavaScript on one). */
function cpuShare(used: NodeJS.CpuUsage, seconds: number): number {
  return (used.user + used.system) / 1e6 / seconds;
}

/** Earlier runs' facilities and drafts go (evidence, transitions and status history cascade), and the outbox rows about them. */
async function removeBenchRows(client: Client, organizationFilter: string, parameters: unknown[]): Promise<number> {
  const attestations = `SELECT id::text FROM attestations WHERE organization_id IN (${organizationFilter})`;
  await client.query(`DELETE FROM outbox WHERE event_type = 'attestation.submitted' AND payload->>'attestationId' IN (${attestations})`, parameters);
  await client.query(`DELETE FROM attestations WHERE organization_id IN (${organizationFilter})`, parameters);
  return (await client.query(`DELETE FROM datacenters WHERE organization_id IN (${organizationFilter})`, parameters)).rowCount ?? 0;
}

/** `total` drafts cloned from the template, each on a facility of its own; answers their ids in creation order. */
async function cloneDrafts(client: Client, template: string, total: number): Promise<string[]> {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO datacenters (organization_id, name, country_code, compliance_status, inventory_revision, inventory_line_count, inventory_models)
     SELECT d.organization_id, 'Submission bench facility ' || g, d.country_code, 'unattested', d.inventory_revision, d.inventory_line_count, d.inventory_models
       FROM datacenters d JOIN attestations a ON a.datacenter_id = d.id, generate_series(1, $2::int) g WHERE a.id = $1`,
    [template, total],
  );
  const { rows } = await client.query(
    `INSERT INTO attestations (datacenter_id, organization_id, country_code, policy_version_id, version, status, claims, counterparties, created_by)
     SELECT d.id, a.organization_id, d.country_code, a.policy_version_id, 1, 'draft', a.claims, a.counterparties, a.created_by
       FROM attestations a JOIN datacenters d ON d.organization_id = a.organization_id AND d.name LIKE 'Submission bench facility %'
      WHERE a.id = $1
      ORDER BY d.name
     RETURNING id`,
    [template],
  );
  await client.query(
    `INSERT INTO evidence (attestation_id, sha256, size, media_type, type, control_ids, file_name, uploaded_by)
     SELECT clone.id, e.sha256, e.size, e.media_type, e.type, e.control_ids, e.file_name, e.uploaded_by
       FROM unnest($2::uuid[]) AS clone(id) CROSS JOIN evidence e WHERE e.attestation_id = $1`,
    [template, rows.map((row: { id: string }) => row.id)],
  );
  await client.query('COMMIT');
  // What autovacuum would do after a bulk load, done now so it does not run during the measurements.
  await client.query('VACUUM (ANALYZE) datacenters, attestations, evidence');
  return rows.map((row: { id: string }) => row.id);
}

/** The api's submissions, by 50 clients in a child process. */
async function submitOverHttp(base: string, token: string, ids: readonly string[]): Promise<Measured> {
  const input = join(tmpdir(), `submission-bench-${randomUUID()}.json`);
  const requests = ids.map((id) => ({
    method: 'POST',
    path: `/api/v1/attestations/${id}/submit`,
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': `bench-${id}` },
    body: {},
  }));
  await writeFile(input, JSON.stringify({ base, concurrency: CLIENTS, requests }));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'lib', 'http-load.mjs'), input], { maxBuffer: 64 * 1024 * 1024 });
    const result = JSON.parse(stdout) as Measured & { statuses: Record<string, number>; failures: unknown[] };
    if (result.statuses['202'] !== ids.length) throw new Error(`submissions answered ${JSON.stringify(result.statuses)}; first failures: ${JSON.stringify(result.failures)}`);
    return result;
  } finally {
    await rm(input, { force: true });
  }
}

interface BaselineContext {
  organizationId: string;
  operatorId: string;
  policy: { id: string; pack: PolicyPack };
}

/**
 * One submission as a plain pg script writes it: the service's reads and writes, in its order, each
 * thing read once. The audit entries are chained and locked exactly as AuditWriter does, so the
 * chain stays valid and submissions serialise on it as the api's do.
 */
async function submitPlain(client: PoolClient, id: string, context: BaselineContext): Promise<{ chainLockHeldMs: number }> {
  const actor: AuditActor = { type: 'user', id: context.operatorId };
  await client.query('BEGIN');
  try {
    const [active] = (await client.query(`SELECT id, version FROM policy_versions WHERE status = 'active'`)).rows as { id: string; version: string }[];
    const [draft] = (await client.query('SELECT * FROM attestations WHERE id = $1 AND organization_id = $2 FOR UPDATE', [id, context.organizationId])).rows;
    if (!draft || draft.status !== 'draft' || draft.policy_version_id !== active.id || active.id !== context.policy.id) {
      throw new Error(`baseline draft ${id} is not a draft of the active policy`);
    }
    const evidence = (await client.query('SELECT id, sha256, size, media_type, type, control_ids FROM evidence WHERE attestation_id = $1 ORDER BY created_at, id', [id])).rows;
    const missing = missingForSubmission(
      draft.claims,
      evidence.map((row) => ({ type: row.type, controlIds: row.control_ids })),
      context.policy.pack,
    );
    if (missing.length > 0) throw new Error(`baseline draft ${id} is incomplete: ${missing.join('; ')}`);
    const [datacenter] = (await client.query('SELECT id, name, country_code, inventory_models FROM datacenters WHERE id = $1', [draft.datacenter_id])).rows;
    const statement = statementBytes(
      buildAttestationStatement({
        attestationId: id,
        version: draft.version,
        organizationId: draft.organization_id,
        datacenter: { id: datacenter.id, name: datacenter.name, countryCode: datacenter.country_code },
        policyVersion: { id: active.id, version: active.version },
        claims: draft.claims,
        counterparties: draft.counterparties,
        evidence: evidence.map((row) => ({ id: row.id, sha256: row.sha256, type: row.type, controlIds: row.control_ids, mediaType: row.media_type, size: Number(row.size) })),
        inventoryDigest: inventoryDigest(datacenter.inventory_models),
      }),
    );
    const statementSha256 = createHash('sha256').update(statement).digest('hex');
    const keys = (await client.query('SELECT key_id FROM signing_keys WHERE organization_id = $1', [draft.organization_id])).rows;
    if (keys.length > 0) throw new Error('the baseline organisation does not sign');

    await client.query(`INSERT INTO outbox (event_type, payload) VALUES ('attestation.submitted', $1)`, [JSON.stringify({ attestationId: id })]);
    const [facility] = (await client.query('SELECT compliance_status FROM datacenters WHERE id = $1 FOR UPDATE', [draft.datacenter_id])).rows;
    if (facility.compliance_status !== 'unattested') throw new Error(`baseline facility ${draft.datacenter_id} is ${facility.compliance_status}`);
    await client.query(`UPDATE datacenters SET compliance_status = 'pending', updated_at = now() WHERE id = $1`, [draft.datacenter_id]);
    await client.query(
      `INSERT INTO datacenter_status_changes (datacenter_id, from_status, to_status, reason, attestation_id) VALUES ($1, 'unattested', 'pending', 'first attestation submitted', $2)`,
      [draft.datacenter_id, id],
    );
    await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const locked = performance.now();
    const [head] = (await client.query('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows as { seq: string; hash: string }[];
    const facilityEntry = await appendAudit(client, head, actor, 'datacenter.status_changed', 'datacenter', draft.datacenter_id, {
      from: 'unattested',
      to: 'pending',
      reason: 'first attestation submitted',
      attestationId: id,
    });
    await client.query(
      `UPDATE attestations SET status = 'submitted', statement_text = $2, statement_sha256 = $3, signature = NULL, signer_key_id = NULL,
              submit_idempotency_key = $4, submitted_at = now(), submitted_by = $5, updated_at = now() WHERE id = $1`,
      [id, statement.toString('utf8'), statementSha256, `baseline-${id}`, context.operatorId],
    );
    await client.query(`INSERT INTO attestation_transitions (attestation_id, from_status, to_status, event, actor_type, actor_id) VALUES ($1, 'draft', 'submitted', 'submit', $2, $3)`, [
      id,
      actor.type,
      actor.id,
    ]);
    await appendAudit(client, { seq: String(facilityEntry.seq), hash: facilityEntry.hash }, actor, 'attestation.submit', 'attestation', id, {
      from: 'draft',
      to: 'submitted',
      statementSha256,
      signerKeyId: null,
    });
    await client.query('COMMIT');
    return { chainLockHeldMs: performance.now() - locked };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The active pack, parsed once, as the api keeps its compiled active policy between requests. */
async function activePolicy(client: Client): Promise<{ id: string; pack: PolicyPack }> {
  const [row] = (await client.query(`SELECT id, pack FROM policy_versions WHERE status = 'active'`)).rows;
  return { id: row.id, pack: policyPackSchema.parse(row.pack) };
}

async function appendAudit(
  client: PoolClient,
  head: { seq: string; hash: string } | undefined,
  actor: AuditActor,
  action: string,
  entityType: string,
  entityId: string,
  payload: JsonObject,
): Promise<{ seq: number; hash: string }> {
  const entry = chainAuditEntry({ seq: head ? Number(head.seq) + 1 : 1, occurredAt: new Date().toISOString(), actor, action, entityType, entityId, payload }, head ? head.hash : GENESIS_HASH);
  await client.query(`INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
    entry.seq,
    entry.occurredAt,
    entry.actor.type,
    entry.actor.id,
    entry.action,
    entry.entityType,
    entry.entityId,
    JSON.stringify(entry.payload),
    entry.prevHash,
    entry.hash,
  ]);
  return entry;
}

/** The baseline's submissions: 50 connections, each taking the next draft as soon as it has committed the last. */
async function submitWithPlainPg(databaseUrl: string, ids: readonly string[], context: BaselineContext): Promise<Measured> {
  const pool = new Pool({ connectionString: databaseUrl, max: CLIENTS });
  const latenciesMs: number[] = [];
  const chainLockHeldMs: number[] = [];
  let next = 0;
  const connection = async () => {
    const client = await pool.connect();
    try {
      while (next < ids.length) {
        const id = ids[next++];
        const started = performance.now();
        const { chainLockHeldMs: held } = await submitPlain(client, id, context);
        latenciesMs.push(performance.now() - started);
        chainLockHeldMs.push(held);
      }
    } finally {
      client.release();
    }
  };
  try {
    // Connections opened before the clock starts, as the api's pool is warm when it is measured.
    for (const opened of await Promise.all(Array.from({ length: CLIENTS }, () => pool.connect()))) opened.release();
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, connection));
    return { seconds: (performance.now() - started) / 1000, latenciesMs, chainLockHeldMs };
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const { api, base } = await startBenchApi(config);
  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  const earlierOrganizations = `SELECT id FROM organizations WHERE name LIKE '${NAME_PREFIX} %'`;
  const removed = await removeBenchRows(client, earlierOrganizations, []);

  const seedStarted = performance.now();
  const template = await createCompleteDraft(base, config, `${NAME_PREFIX} ${tag}`);
  const perSide = WARMUP + SUBMISSIONS;
  const drafts = await cloneDrafts(client, template.attestationId, 2 * perSide);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  // Interleaved, so both sides submit drafts of the same age and place in the tables.
  const apiDrafts = drafts.filter((_, index) => index % 2 === 0);
  const plainDrafts = drafts.filter((_, index) => index % 2 === 1);

  await submitOverHttp(base, template.operatorToken, apiDrafts.slice(0, WARMUP));
  const apiCpu = process.cpuUsage();
  const http = await submitOverHttp(base, template.operatorToken, apiDrafts.slice(WARMUP));
  const apiCpuShare = cpuShare(process.cpuUsage(apiCpu), http.seconds);
  await api.close();

  const context = { organizationId: template.organizationId, operatorId: template.operatorId, policy: await activePolicy(client) };
  await submitWithPlainPg(config.DATABASE_URL, plainDrafts.slice(0, WARMUP), context);
  const plainCpu = process.cpuUsage();
  const plain = await submitWithPlainPg(config.DATABASE_URL, plainDrafts.slice(WARMUP), context);
  const plainCpuShare = cpuShare(process.cpuUsage(plainCpu), plain.seconds);

  const submitted = (await client.query(`SELECT count(*)::int AS n FROM attestations WHERE id = ANY($1) AND status = 'submitted'`, [drafts])).rows[0].n as number;
  if (submitted !== drafts.length) throw new Error(`${submitted} of ${drafts.length} drafts are submitted`);
  await removeBenchRows(client, '$1::uuid', [template.organizationId]);
  await client.end();

  const rate = SUBMISSIONS / http.seconds;
  const plainRate = SUBMISSIONS / plain.seconds;
  const ratio = rate / plainRate;
  const p50 = percentile(http.latenciesMs, 50);
  const p99 = percentile(http.latenciesMs, 99);
  const plainP50 = percentile(plain.latenciesMs, 50);
  const plainP99 = percentile(plain.latenciesMs, 99);
  const ms = (value: number) => `${value.toFixed(1)} ms`;

  console.log(
    `\nsubmission: ${count(SUBMISSIONS)} drafts each side after ${WARMUP} warm-up, ${CLIENTS} concurrent clients (${count(drafts.length)} drafts seeded in ${seedSeconds.toFixed(1)} s; ${count(removed)} facilities of earlier runs removed first)`,
  );
  console.table([
    {
      side: 'api: POST /attestations/:id/submit over HTTP',
      'submissions/s': count(rate),
      'p50 ms': p50.toFixed(1),
      'p99 ms': p99.toFixed(1),
      'max ms': Math.max(...http.latenciesMs).toFixed(1),
      'Node CPU, share of a core': `${Math.round(apiCpuShare * 100)}%`,
    },
    {
      side: 'baseline: plain pg, same reads and writes',
      'submissions/s': count(plainRate),
      'p50 ms': plainP50.toFixed(1),
      'p99 ms': plainP99.toFixed(1),
      'max ms': Math.max(...plain.latenciesMs).toFixed(1),
      'Node CPU, share of a core': `${Math.round(plainCpuShare * 100)}%`,
    },
  ]);
  // Every submission appends to the one audit chain under one lock, held to commit: one holder at a time.
  const held = plain.chainLockHeldMs ?? [];
  const meanHeld = held.reduce((sum, value) => sum + value, 0) / held.length;
  console.log(
    `baseline: audit chain lock held ${ms(percentile(held, 50))} at p50 (mean ${ms(meanHeld)}) from grant to commit, a ceiling of ${count(1000 / meanHeld)} submissions/s however many clients`,
  );
  console.log(`load average (1 min) at the end: ${loadavg()[0].toFixed(2)}`);

  reportFigures('submission', [
    {
      figure: `submission: submissions/s, ${CLIENTS} concurrent clients`,
      value: `${count(rate)} /s`,
      baseline: `${count(plainRate)} /s (plain pg)`,
      ratio: times(ratio),
      target: `≥ ${times(TARGET_RATIO)} baseline`,
      met: ratio >= TARGET_RATIO,
    },
    { figure: `submission: p99 latency, ${CLIENTS} clients`, value: ms(p99), baseline: ms(plainP99), ratio: times(p99 / plainP99), target: `< ${TARGET_P99_MS} ms`, met: p99 < TARGET_P99_MS },
    { figure: `submission: p50 latency, ${CLIENTS} clients`, value: ms(p50), baseline: ms(plainP50), ratio: times(p50 / plainP50), met: null },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
