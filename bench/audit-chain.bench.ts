/**
 * Audit chain: appends 100,000 entries through the AuditWriter (chained, under the chain lock) and
 * verifies the whole chain, beside a plain `pg` script that inserts and reads the same rows
 * without chaining. Target (DESIGN.md): verification of 1,000,000 entries under 5 s, i.e. ≥ 200k entries/s.
 */
import { Client } from 'pg';
import { loadConfig } from '@tiergate/config';
import { AuditChainReader, AuditWriter } from '@tiergate/persistence';
import { openTestDataSource } from '@tiergate/testing';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 100_000);
const PER_TRANSACTION = 100;

const payloadFor = (n: number) => ({ attestationId: `att-${n}`, from: 'draft', to: 'submitted', note: 'bench entry' });

async function main(): Promise<void> {
  const dataSource = await openTestDataSource();
  const writer = new AuditWriter();

  let started = performance.now();
  for (let done = 0; done < ENTRIES; done += PER_TRANSACTION) {
    await dataSource.transaction(async (manager) => {
      for (let n = done; n < Math.min(done + PER_TRANSACTION, ENTRIES); n += 1) {
        await writer.append(manager, { actor: { type: 'system', id: 'bench' }, action: 'bench.appended', entityType: 'bench', entityId: String(n), payload: payloadFor(n) });
      }
    });
  }
  const appendSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const verdict = await new AuditChainReader(dataSource).verify();
  const verifySeconds = (performance.now() - started) / 1000;
  await dataSource.destroy();
  if (!verdict.valid) throw new Error(`chain is broken: ${JSON.stringify(verdict.firstBroken)}`);

  // Baseline: the same rows through a bare pg client, with no hashing and no chain lock.
  const client = new Client({ connectionString: loadConfig().DATABASE_URL });
  await client.connect();
  await client.query('CREATE TEMP TABLE plain_log (seq bigint PRIMARY KEY, occurred_at timestamptz, actor_type text, actor_id text, action text, entity_type text, entity_id text, payload jsonb, prev_hash char(64), hash char(64))');
  started = performance.now();
  for (let done = 0; done < ENTRIES; done += PER_TRANSACTION) {
    await client.query('BEGIN');
    for (let n = done; n < Math.min(done + PER_TRANSACTION, ENTRIES); n += 1) {
      await client.query('INSERT INTO plain_log VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9)', [n, 'system', 'bench', 'bench.appended', 'bench', String(n), JSON.stringify(payloadFor(n)), '0'.repeat(64), '0'.repeat(64)]);
    }
    await client.query('COMMIT');
  }
  const plainInsertSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let read = 0;
  for (let after = -1; ; ) {
    const { rows } = await client.query('SELECT * FROM plain_log WHERE seq > $1 ORDER BY seq LIMIT 20000', [after]);
    read += rows.length;
    if (rows.length < 20000) break;
    after = Number(rows[rows.length - 1].seq);
  }
  const plainReadSeconds = (performance.now() - started) / 1000;
  await client.end();

  const appendRate = ENTRIES / appendSeconds;
  const verifyRate = verdict.entries / verifySeconds;
  const plainInsertRate = ENTRIES / plainInsertSeconds;
  const plainReadRate = read / plainReadSeconds;
  console.table([
    { figure: 'audit append (entries/s)', value: Math.round(appendRate), baseline: Math.round(plainInsertRate), ratio: (appendRate / plainInsertRate).toFixed(2), target: '—' },
    { figure: 'audit verify (entries/s)', value: Math.round(verifyRate), baseline: Math.round(plainReadRate), ratio: (verifyRate / plainReadRate).toFixed(2), target: '≥ 200000' },
  ]);
  console.log(`chain: ${verdict.entries} entries verified in ${verifySeconds.toFixed(2)} s; projected 1,000,000 in ${(1_000_000 / verifyRate).toFixed(2)} s (target < 5 s): ${verifyRate >= 200_000 ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
