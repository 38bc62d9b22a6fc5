import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { auditLogLines } from './audit-log-lines';
import type { AuditLogRow } from './audit-log-row';

const row = (seq: number): AuditLogRow => ({
  seq: String(seq),
  occurred_at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
  actor_type: 'user',
  actor_id: 'u1',
  action: 'thing.changed',
  entity_type: 'thing',
  entity_id: `t${seq}`,
  payload: { note: 'line\nbreak' },
  prev_hash: '0'.repeat(64),
  hash: 'f'.repeat(64),
});

describe('audit log JSON lines', () => {
  it('writes one entry per line, in order, with newlines inside values escaped', async () => {
    const output = await text(Readable.from([row(1), row(2), row(3)]).pipe(auditLogLines()));
    const lines = output.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as { seq: number }).seq)).toEqual([1, 2, 3]);
    expect(JSON.parse(lines[0])).toEqual({
      seq: 1,
      occurredAt: '2026-01-01T00:00:01.000Z',
      actor: { type: 'user', id: 'u1' },
      action: 'thing.changed',
      entityType: 'thing',
      entityId: 't1',
      payload: { note: 'line\nbreak' },
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    });
  });

  it('sends many rows in bounded chunks and loses none', async () => {
    const chunks: string[] = [];
    const lines = Readable.from(Array.from({ length: 5_000 }, (_, index) => row(index + 1))).pipe(auditLogLines());
    for await (const chunk of lines) chunks.push(String(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(64 * 1024 + 1_000);
    expect(chunks.join('').split('\n').filter(Boolean)).toHaveLength(5_000);
  });

  it('writes nothing for no rows', async () => {
    expect(await text(Readable.from([]).pipe(auditLogLines()))).toBe('');
  });
});
