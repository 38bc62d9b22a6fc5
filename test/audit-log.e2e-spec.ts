import { randomUUID } from 'node:crypto';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { AuditChainVerifier, chainAuditEntry, GENESIS_HASH, type AuditEntryContent, type ChainedAuditEntry } from '@tiergate/domain';
import { waitFor } from '@tiergate/testing';
import { AuditLogModule } from '../apps/api/src/audit-log/audit-log.module';
import { TestActors, type Headers } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

/** AuditWriter's chain lock ("audit" in ASCII): bulk appends here must serialise with it like any writer. */
const AUDIT_CHAIN_LOCK_KEY = 0x6175646974;
const BULK_ENTRIES = 5_000;

type EntryContent = Omit<AuditEntryContent, 'seq'>;

/**
 * Appends valid chain links in one transaction, thousands at a time: AuditWriter takes one round
 * trip per entry, far too slow for the volumes an export test needs.
 */
async function appendChain(db: DataSource, contents: EntryContent[]): Promise<ChainedAuditEntry[]> {
  return db.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const [head] = (await manager.query('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
    let seq = head ? Number(head.seq) : 0;
    let prevHash = head ? head.hash : GENESIS_HASH;
    const entries = contents.map((content) => {
      const entry = chainAuditEntry({ ...content, seq: (seq += 1) }, prevHash);
      prevHash = entry.hash;
      return entry;
    });
    for (let start = 0; start < entries.length; start += 2_000) {
      const batch = entries.slice(start, start + 2_000);
      await manager.query(
        `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash)
         SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::text[])`,
        [
          batch.map((entry) => entry.seq),
          batch.map((entry) => entry.occurredAt),
          batch.map((entry) => entry.actor.type),
          batch.map((entry) => entry.actor.id),
          batch.map((entry) => entry.action),
          batch.map((entry) => entry.entityType),
          batch.map((entry) => entry.entityId),
          batch.map((entry) => JSON.stringify(entry.payload)),
          batch.map((entry) => entry.prevHash),
          batch.map((entry) => entry.hash),
        ],
      );
    }
    return entries;
  });
}

/** Entries of one kind, one second apart from `base`, spread over 5 entities, 3 actors and 2 actions. */
function sampleContents(entityType: string, count: number, base: number): EntryContent[] {
  return Array.from({ length: count }, (_, n) => ({
    occurredAt: new Date(base + n * 1_000).toISOString(),
    actor: { type: 'user', id: `actor-${n % 3}` },
    action: n % 2 === 0 ? 'thing.created' : 'thing.changed',
    entityType,
    entityId: `thing-${n % 5}`,
    payload: { n, note: 'é\nmultiline', nested: { z: 1, a: [true, null] } },
  }));
}

const linesOf = (response: Response) =>
  (response.body as string)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as ChainedAuditEntry);

describe('audit trail API', () => {
  let api: TestApi;
  let actors: TestActors;
  let regulator: Headers;
  let admin: Headers;
  let operator: Headers;
  let auditor: Headers;
  let db: DataSource;
  const kind = `e2e.audit.${randomUUID().slice(0, 8)}`;
  const base = Date.UTC(2026, 0, 15, 12, 0, 0);
  let written: ChainedAuditEntry[];

  const list = (query: string, as: Headers = regulator) => request(api.server).get(`/api/v1/audit-log?${query}`).set(as);
  // supertest buffers only text and JSON bodies; NDJSON is gathered here and decoded once whole.
  const exportOf = (query: string, as: Headers = regulator) =>
    request(api.server)
      .get(`/api/v1/audit-log/export?${query}`)
      .set(as)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });

  /** Every entry a filter selects, following nextCursor to the end; asserts pages are in order and never overlap. */
  const readAll = async (query: string, pageSize: number, between?: (page: number) => Promise<void>): Promise<ChainedAuditEntry[]> => {
    const seen: ChainedAuditEntry[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const response = await list(`${query}&limit=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      const body = response.body as { items: ChainedAuditEntry[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(pageSize);
      seen.push(...body.items);
      cursor = body.nextCursor;
      page += 1;
      if (between) await between(page);
    } while (cursor);
    return seen;
  };

  beforeAll(async () => {
    api = await startTestApi({}, [AuditLogModule]);
    db = api.app.get(DataSource);
    actors = new TestActors(api);
    admin = await actors.admin();
    regulator = (await actors.user('regulator')).headers;
    auditor = (await actors.user('auditor')).headers;
    operator = await actors.operatorOf(await actors.organization());
    written = await appendChain(db, sampleContents(kind, 25, base));
  });
  afterAll(() => api.close());

  describe('GET /audit-log', () => {
    it('pages through a filter by seq with no gaps or duplicates, even while entries are appended', async () => {
      const later: ChainedAuditEntry[] = [];
      const seen = await readAll(`entityType=${kind}`, 7, async (page) => {
        // An entry written after the first page lands at the end: keyset pages never shift.
        if (page === 1) later.push(...(await appendChain(db, sampleContents(kind, 3, base + 100_000))));
      });
      const expected = [...written, ...later];
      expect(seen.map((entry) => entry.seq)).toEqual(expected.map((entry) => entry.seq));
      expect(seen).toEqual(expected);
      written = expected;
    });

    it('shows each entry as hashed: seq, occurredAt, actor, action, entity, payload and both links', async () => {
      const { items } = (await list(`entityType=${kind}&limit=1`).expect(200)).body as { items: ChainedAuditEntry[] };
      expect(items).toEqual([written[0]]);
      expect(Object.keys(items[0]).sort()).toEqual(['action', 'actor', 'entityId', 'entityType', 'hash', 'occurredAt', 'payload', 'prevHash', 'seq']);
    });

    it('filters by entity, actor and action, together', async () => {
      const byEntity = await readAll(`entityType=${kind}&entityId=thing-2`, 50);
      expect(byEntity.map((entry) => entry.seq)).toEqual(written.filter((entry) => entry.entityId === 'thing-2').map((entry) => entry.seq));
      const byActorAndAction = await readAll(`entityType=${kind}&actorId=actor-1&action=thing.changed`, 50);
      const expected = written.filter((entry) => entry.actor.id === 'actor-1' && entry.action === 'thing.changed');
      expect(expected.length).toBeGreaterThan(0);
      expect(byActorAndAction.map((entry) => entry.seq)).toEqual(expected.map((entry) => entry.seq));
    });

    it('filters by time: from inclusive, to exclusive, with zones honoured', async () => {
      const from = new Date(base + 10_000).toISOString();
      // The same instant as base + 20 s, written in UTC+02:00.
      const to = '2026-01-15T14:00:20+02:00';
      const seen = await readAll(`entityType=${kind}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, 50);
      expect(seen.map((entry) => (entry.payload as { n: number }).n)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    });

    it('finds what the API itself recorded: the regulator user created by the admin', async () => {
      const created = await actors.user('regulator');
      const { items } = (await list(`entityType=user&entityId=${created.id}`, admin).expect(200)).body as { items: ChainedAuditEntry[] };
      expect(items.length).toBeGreaterThan(0);
      expect(items[0]).toMatchObject({ entityType: 'user', entityId: created.id, actor: { type: 'user' } });
    });

    it.each([
      ['a cursor it did not issue', 'cursor=not-a-cursor', 'cursor'],
      ['a cursor with a forged seq', `cursor=${Buffer.from(JSON.stringify({ seq: '1 OR 1=1' })).toString('base64url')}`, 'cursor'],
      ['a time that is not one', 'from=yesterday', 'from'],
      ['a time without a zone', 'to=2026-01-15T12:00:00', 'to'],
      ['an impossible date', 'from=2026-02-30', 'from'],
      ['a window ending before it starts', 'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
      ['a limit out of range', 'limit=0', 'limit'],
      ['an unknown filter', 'entity=thing', 'entity'],
    ])('answers 400 for %s, naming the field', async (_label, query, field) => {
      const response = await list(query).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', details: expect.arrayContaining([expect.objectContaining({ field })]) });
    });
  });

  describe('GET /audit-log/verify', () => {
    it('reports an intact chain with its entry count and head', async () => {
      const verdict = (await request(api.server).get('/api/v1/audit-log/verify').set(regulator).expect(200)).body;
      const [{ count, head }] = (await db.query('SELECT count(*)::int AS count, (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS head FROM audit_log')) as { count: number; head: string }[];
      expect(verdict).toEqual({ valid: true, entries: count, head });
    });

    it('reports the first broken entry when a row was altered behind the append-only trigger', async () => {
      const victim = written[4];
      const tamper = (payload: object) =>
        db.transaction(async (manager) => {
          // Only a superuser can do this; the test database role is one.
          await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
          await manager.query('UPDATE audit_log SET payload = $1 WHERE seq = $2', [JSON.stringify(payload), victim.seq]);
          await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
        });
      await tamper({ ...victim.payload, n: 999 });
      try {
        const verdict = (await request(api.server).get('/api/v1/audit-log/verify').set(admin).expect(200)).body;
        expect(verdict).toMatchObject({ valid: false, entries: victim.seq - 1, head: victim.prevHash, firstBroken: { seq: victim.seq, reason: 'hash_mismatch' } });
      } finally {
        await tamper(victim.payload);
      }
      expect((await request(api.server).get('/api/v1/audit-log/verify').set(admin).expect(200)).body.valid).toBe(true);
    });
  });

  describe('GET /audit-log/export', () => {
    let bulk: ChainedAuditEntry[];
    const bulkKind = `${kind}.bulk`;

    beforeAll(async () => {
      bulk = await appendChain(db, sampleContents(bulkKind, BULK_ENTRIES, base));
    });

    it('streams the filtered entries as JSON lines, the same as the pages', async () => {
      const response = await exportOf(`entityType=${kind}`).expect(200);
      expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="audit-log.ndjson"');
      expect(linesOf(response)).toEqual(written);

      const window = await exportOf(`entityType=${kind}&actorId=actor-0&from=${encodeURIComponent(new Date(base + 5_000).toISOString())}`).expect(200);
      expect(linesOf(window).map((entry) => entry.seq)).toEqual(written.filter((entry) => entry.actor.id === 'actor-0' && Date.parse(entry.occurredAt) >= base + 5_000).map((entry) => entry.seq));
    });

    it(`exports ${BULK_ENTRIES.toLocaleString('en')} entries, every one, in chain order`, async () => {
      const lines = linesOf(await exportOf(`entityType=${bulkKind}`).expect(200));
      expect(lines).toHaveLength(BULK_ENTRIES);
      expect(lines[0]).toEqual(bulk[0]);
      expect(lines.at(-1)).toEqual(bulk.at(-1));
      expect(lines.every((entry, index) => entry.seq === bulk[index].seq && entry.hash === bulk[index].hash)).toBe(true);
    });

    it('exports the whole chain unfiltered, and the file verifies offline to the head /verify reports', async () => {
      const lines = linesOf(await exportOf('').expect(200));
      const offline = new AuditChainVerifier();
      for (const entry of lines) offline.accept(entry);
      const online = (await request(api.server).get('/api/v1/audit-log/verify').set(regulator).expect(200)).body;
      expect(offline.verdict()).toEqual(online);
      expect(lines).toHaveLength(online.entries);
    });

    it('gives the database connection back when clients hang up mid-download, more times than the pool has connections', async () => {
      const server = api.server as Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const hangUpAfterFirstChunk = () =>
        new Promise<void>((resolve, reject) => {
          const call = get({ host: '127.0.0.1', port, path: `/api/v1/audit-log/export?entityType=${bulkKind}`, headers: regulator }, (response) => {
            if (response.statusCode !== 200) reject(new Error(`export answered ${response.statusCode}`));
            response.once('data', () => {
              call.destroy();
              resolve();
            });
          });
          call.on('error', () => undefined);
        });
      for (let attempt = 0; attempt < 25; attempt += 1) await hangUpAfterFirstChunk();

      // A cursor left open would stay active on its connection; closed ones leave the backend idle.
      await waitFor('every export cursor to be closed', async () => {
        const [{ open }] = (await db.query(
          `SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND query LIKE '%FROM audit_log%ORDER BY seq'`,
        )) as { open: number }[];
        return open === 0;
      });
      await request(api.server).get(`/api/v1/audit-log?entityType=${kind}&limit=1`).set(regulator).expect(200);
    });

    it('takes the same filters, and refuses paging parameters and bad times', async () => {
      await request(api.server).get('/api/v1/audit-log/export?cursor=abc').set(regulator).expect(400);
      await request(api.server).get('/api/v1/audit-log/export?from=not-a-time').set(regulator).expect(400);
      const empty = await exportOf(`entityType=${kind}.nothing`).expect(200);
      expect(empty.body).toBe('');
    });
  });

  describe('who may read it', () => {
    it.each(['/api/v1/audit-log', '/api/v1/audit-log/verify', '/api/v1/audit-log/export'])('%s: regulators and admins only', async (path) => {
      await request(api.server).get(path).expect(401);
      await request(api.server).get(path).set(operator).expect(403);
      await request(api.server).get(path).set(auditor).expect(403);
      // /verify re-hashes the whole chain, so it is called once here; the regulator's 200 on it is checked above.
      const allowed = path.endsWith('/verify') ? [admin] : [admin, regulator];
      const cheap = path.endsWith('/verify') ? path : `${path}?entityType=${kind}.nothing`;
      for (const caller of allowed) await request(api.server).get(cheap).set(caller).expect(200);
    });
  });
});
