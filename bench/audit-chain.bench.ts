/**
 * Audit chain: appends BENCH_AUDIT_ENTRIES entries (default 20,000) through the AuditWriter
 * (chained, under the chain lock) beside a plain `pg` script inserting the same rows into a table
 * of the same shape without chaining; then verifies the whole chain with AuditChainReader beside a
 * plain `pg` read of the same rows with no hashing.
 * Target (docs/architecture.md): verification of 1,000,000 entries under 5 s, i.e. ≥ 200k entries/s. The
 * chain is first topped up to BENCH_AUDIT_CHAIN entries (default 100,000) with chained entries
 * written in bulk, so the rate is measured over a chain of that length at least; the time for
 * 1,000,000 is projected from it (verification is one linear pass). The chain only grows (a trigger
 * forbids deleting from it), so later runs verify a longer one.
 */
import { Client } from 'pg';
import { loadConfig } from '@tiergate/config';
import { chainAuditEntry, GENESIS_HASH, type ChainedAuditEntry } from '@tiergate/domain';
import { Clock } from '@tiergate/config';
import { AuditChainReader, AuditWriter } from '@tiergate/persistence';
import { openTestDataSource } from '@tiergate/testing';
import { AUDIT_CHAIN_LOCK_KEY } from './lib/audit-chain-lock';
import { count, reportFigures, times } from './lib/bench-report';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 20_000);
const CHAIN_AT_LEAST = Number(process.env.BENCH_AUDIT_CHAIN ?? 100_000);
const PER_TRANSACTION = 100;
const SEED_BATCH = 5_000;
/** AuditChainReader's batch, so the plain read makes the same round trips. */
const READ_BATCH = 20_000;
const TARGET_ENTRIES = 1_000_000;
const TARGET_SECONDS = 5;
const ACTOR = { type: 'system', id: 'bench' } as const;

const payloadFor = (n: number) => ({ attestationId: `att-${n}`, from: 'draft', to: 'submitted', note: 'bench entry' });

/** Appends chained entries in bulk until the chain holds `target` entries; answers how many it wrote. */
async function topUpChain(client: Client, target: number): Promise<number> {
  const existing = (await client.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n as number;
  if (existing >= target) return 0;
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
  const [head] = (await client.query('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows as { seq: string; hash: string }[];
  let seq = head ? Number(head.seq) : 0;
  let prevHash = head ? head.hash : GENESIS_HASH;
  for (let written = 0; written < target - existing; written += SEED_BATCH) {
    const entries: ChainedAuditEntry[] = [];
    for (let n = 0; n < Math.min(SEED_BATCH, target - existing - written); n += 1) {
      seq += 1;
      const entry = chainAuditEntry(
        { seq, occurredAt: new Date().toISOString(), actor: ACTOR, action: 'bench.seeded', entityType: 'bench', entityId: String(seq), payload: payloadFor(seq) },
        prevHash,
      );
      prevHash = entry.hash;
      entries.push(entry);
    }
    await client.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::text[])`,
      [
        entries.map((entry) => entry.seq),
        entries.map((entry) => entry.occurredAt),
        entries.map((entry) => entry.actor.type),
        entries.map((entry) => entry.actor.id),
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.entityType),
        entries.map((entry) => entry.entityId),
        entries.map((entry) => JSON.stringify(entry.payload)),
        entries.map((entry) => entry.prevHash),
        entries.map((entry) => entry.hash),
      ],
    );
  }
  await client.query('COMMIT');
  await client.query('VACUUM (ANALYZE) audit_log');
  return target - existing;
}

/** The verifier's reads without the verifier: the same columns in the same keyset batches, rows discarded. */
async function plainRead(client: Client): Promise<number> {
  let read = 0;
  for (let after = '0'; ;) {
    const { rows } = await client.query('SELECT seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [
      after,
      READ_BATCH,
    ]);
    read += rows.length;
    if (rows.length < READ_BATCH) return read;
    after = rows[rows.length - 1].seq;
  }
}

async function main(): Promise<void> {
  const dataSource = await openTestDataSource();
  const writer = new AuditWriter(new Clock({ CLOCK_OFFSET_MS: 0 }));

  let started = performance.now();
  for (let done = 0; done < ENTRIES; done += PER_TRANSACTION) {
    await dataSource.transaction(async (manager) => {
      for (let n = done; n < Math.min(done + PER_TRANSACTION, ENTRIES); n += 1) {
        await writer.append(manager, { actor: ACTOR, action: 'attestation.submit', entityType: 'attestation', entityId: String(n), payload: payloadFor(n) });
      }
    });
  }
  const appendSeconds = (performance.now() - started) / 1000;

  // Baseline for appends: the same rows through a bare pg client, with no hashing and no chain lock.
  const client = new Client({ connectionString: loadConfig().DATABASE_URL });
  await client.connect();
  await client.query(
    'CREATE TEMP TABLE plain_log (seq bigint PRIMARY KEY, occurred_at timestamptz, actor_type text, actor_id text, action text, entity_type text, entity_id text, payload jsonb, prev_hash char(64), hash char(64))',
  );
  started = performance.now();
  for (let done = 0; done < ENTRIES; done += PER_TRANSACTION) {
    await client.query('BEGIN');
    for (let n = done; n < Math.min(done + PER_TRANSACTION, ENTRIES); n += 1) {
      await client.query('INSERT INTO plain_log VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9)', [
        n,
        'system',
        'bench',
        'attestation.submit',
        'attestation',
        String(n),
        JSON.stringify(payloadFor(n)),
        '0'.repeat(64),
        '0'.repeat(64),
      ]);
    }
    await client.query('COMMIT');
  }
  const plainInsertSeconds = (performance.now() - started) / 1000;

  const seedStarted = performance.now();
  const seeded = await topUpChain(client, CHAIN_AT_LEAST);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  await new AuditChainReader(dataSource).verify(); // warm-up: JIT, and the table in the page cache for both readers
  started = performance.now();
  const verdict = await new AuditChainReader(dataSource).verify();
  const verifySeconds = (performance.now() - started) / 1000;
  await dataSource.destroy();
  if (!verdict.valid) throw new Error(`chain is broken: ${JSON.stringify(verdict.firstBroken)}`);

  started = performance.now();
  const read = await plainRead(client);
  const plainReadSeconds = (performance.now() - started) / 1000;
  await client.end();

  const appendRate = ENTRIES / appendSeconds;
  const verifyRate = verdict.entries / verifySeconds;
  const plainInsertRate = ENTRIES / plainInsertSeconds;
  const plainReadRate = read / plainReadSeconds;
  if (seeded > 0) console.log(`\nchain topped up with ${count(seeded)} chained entries in bulk in ${seedSeconds.toFixed(1)} s (to ${count(CHAIN_AT_LEAST)})`);
  console.table([
    { figure: 'audit append (entries/s)', value: Math.round(appendRate), baseline: Math.round(plainInsertRate), ratio: (appendRate / plainInsertRate).toFixed(2), target: '—' },
    { figure: 'audit verify (entries/s)', value: Math.round(verifyRate), baseline: Math.round(plainReadRate), ratio: (verifyRate / plainReadRate).toFixed(2), target: '≥ 200000' },
  ]);
  const projectedSeconds = TARGET_ENTRIES / verifyRate;
  console.log(
    `chain: ${verdict.entries} entries verified in ${verifySeconds.toFixed(2)} s; projected 1,000,000 in ${projectedSeconds.toFixed(2)} s (target < ${TARGET_SECONDS} s): ${projectedSeconds < TARGET_SECONDS ? 'met' : 'NOT met'}`,
  );

  reportFigures('audit-chain', [
    {
      figure: `audit chain: verify 1,000,000 entries (projected from ${count(verdict.entries)})`,
      value: `${projectedSeconds.toFixed(1)} s (${count(verifyRate)} entries/s)`,
      baseline: `${(TARGET_ENTRIES / plainReadRate).toFixed(1)} s (plain pg read, no hashing)`,
      ratio: times(plainReadRate / verifyRate),
      target: `< ${TARGET_SECONDS} s`,
      met: projectedSeconds < TARGET_SECONDS,
    },
    {
      figure: 'audit chain: append, chained under the lock',
      value: `${count(appendRate)} entries/s`,
      baseline: `${count(plainInsertRate)} /s (plain inserts)`,
      ratio: times(appendRate / plainInsertRate),
      met: null,
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
