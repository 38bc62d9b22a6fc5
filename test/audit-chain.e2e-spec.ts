import type { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import { AuditChainReader, AuditWriter } from '@tiergate/persistence';
import { openTestDataSource } from '@tiergate/testing';

describe('hash-chained audit log', () => {
  let replicaA: DataSource;
  let replicaB: DataSource;
  const writer = new AuditWriter(new Clock({ CLOCK_OFFSET_MS: 0 }));

  beforeAll(async () => {
    [replicaA, replicaB] = await Promise.all([openTestDataSource(), openTestDataSource()]);
  });
  afterAll(async () => {
    await Promise.all([replicaA.destroy(), replicaB.destroy()]);
  });

  const record = (dataSource: DataSource, n: number) =>
    dataSource.transaction((manager) =>
      writer.append(manager, {
        actor: { type: 'user', id: `user-${n % 7}` },
        action: 'datacenter.status_changed',
        entityType: 'datacenter',
        entityId: `thing-${n}`,
        payload: { n, nested: { z: 1, a: [true, null, 'é'] } },
      }),
    );

  it('stays one valid chain when 1,000 entries are written concurrently from two pools', async () => {
    const before = await new AuditChainReader(replicaA).verify();
    // 50 in flight at a time: enough to contend for the chain lock from both pools, without queueing
    // longer for a pool connection than the pool's connect timeout on a slow machine.
    for (let start = 0; start < 1_000; start += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, offset) => record((start + offset) % 2 === 0 ? replicaA : replicaB, start + offset)));
    }

    const verdict = await new AuditChainReader(replicaA).verify();

    expect(verdict).toMatchObject({ valid: true, entries: before.entries + 1_000 });
    const [{ distinct_prev }] = await replicaA.query('SELECT count(DISTINCT prev_hash)::int AS distinct_prev FROM audit_log');
    expect(distinct_prev).toBe(verdict.entries);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the application role', async () => {
    await record(replicaA, 1);
    await expect(replicaA.query(`UPDATE audit_log SET action = 'forged' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(replicaA.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(replicaA.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('detects a row altered behind the trigger, at that row', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, n) => record(replicaA, n)));
    const [{ seq, payload }] = await replicaA.query('SELECT seq, payload FROM audit_log ORDER BY seq DESC OFFSET 2 LIMIT 1');
    const tamper = (value: unknown) =>
      replicaA.transaction(async (manager) => {
        // Only a superuser can do this; the test database role is one.
        await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
        await manager.query('UPDATE audit_log SET payload = $1 WHERE seq = $2', [JSON.stringify(value), seq]);
        await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      });

    await tamper({ ...payload, n: 999 });
    try {
      const verdict = await new AuditChainReader(replicaA).verify();
      expect(verdict.valid).toBe(false);
      expect(verdict.firstBroken).toMatchObject({ seq: Number(seq), reason: 'hash_mismatch' });
      expect(verdict.entries).toBe(Number(seq) - 1);
    } finally {
      await tamper(payload);
    }
    expect((await new AuditChainReader(replicaA).verify()).valid).toBe(true);
  });

  it('dates an entry by the injected Clock, inside the writing transaction', async () => {
    const at = new Date('2031-02-03T04:05:06.789Z');
    const clocked = new AuditWriter({ now: () => at } as Clock);
    const rollback = new Error('roll back: the entry is only looked at');
    let written: { occurredAt: string; stored: Date } | undefined;
    await expect(
      replicaA.transaction(async (manager) => {
        const entry = await clocked.append(manager, { actor: { type: 'system', id: 'clock-spec' }, action: 'datacenter.status_changed', entityType: 'datacenter', entityId: 'clocked' });
        const [row] = (await manager.query('SELECT occurred_at FROM audit_log WHERE seq = $1', [entry.seq])) as { occurred_at: Date }[];
        written = { occurredAt: entry.occurredAt, stored: row.occurred_at };
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(written).toEqual({ occurredAt: '2031-02-03T04:05:06.789Z', stored: at });
  });
});
