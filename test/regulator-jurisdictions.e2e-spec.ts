import { randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { computeAuditHash, type ChainedAuditEntry } from '@tiergate/domain';
import { NotificationWriter, type NotificationRequest } from '@tiergate/persistence';
import { TestActors, type Headers, type TestUser } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

/**
 * A regulator held to ["DE"] against one unscoped, over four organisations:
 * - bothInDe: HQ in DE, a facility in DE;
 * - hqInDe: HQ in DE, its only facility in FR (the organisation is in scope, that facility is not);
 * - facilityInDe: HQ in NL, a facility in DE;
 * - outside: HQ in NL, a facility in FR.
 */
describe('regulator jurisdictions', () => {
  let api: TestApi;
  let actors: TestActors;
  let db: DataSource;
  let admin: Headers;
  let scoped: TestUser;
  let global: TestUser;
  const orgs: Record<'bothInDe' | 'hqInDe' | 'facilityInDe' | 'outside', { id: string; datacenter: string; attestation: string; operator: Headers }> = {} as never;
  let otherRegulator: TestUser;
  let policyVersionId: string;

  const get = (path: string, as: Headers) => request(api.server).get(`/api/v1${path}`).set(as);
  const ndjson = (path: string, as: Headers) =>
    get(path, as)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
  const linesOf = (response: Response) =>
    (response.body as string)
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as ChainedAuditEntry);

  /** Every item of a list, following nextCursor to the end. */
  const readAll = async <T>(path: string, as: Headers): Promise<T[]> => {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const body = (await get(`${path}${separator}limit=200${cursor ? `&cursor=${cursor}` : ''}`, as).expect(200)).body as { items: T[]; nextCursor: string | null };
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  };
  const auditEntries = (query: string, as: Headers) => readAll<ChainedAuditEntry>(`/audit-log?${query}`, as);

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    actors = new TestActors(api);
    admin = await actors.admin();
    const layout = { bothInDe: ['DE', 'DE'], hqInDe: ['DE', 'FR'], facilityInDe: ['NL', 'DE'], outside: ['NL', 'FR'] } as const;
    for (const [key, [hq, facilityCountry]] of Object.entries(layout) as [keyof typeof orgs, readonly [string, string]][]) {
      const id = await actors.organization(hq, `Jurisdiction ${key} ${randomUUID().slice(0, 6)}`);
      const operator = await actors.operatorOf(id);
      const datacenter = (
        await request(api.server)
          .post('/api/v1/datacenters')
          .set(operator)
          .send({ name: `${key} DC`, countryCode: facilityCountry })
          .expect(201)
      ).body.id as string;
      const attestation = (await request(api.server).post(`/api/v1/datacenters/${datacenter}/attestations`).set(operator).send({ claims: [] }).expect(201)).body.id as string;
      await request(api.server)
        .put(`/api/v1/organizations/${id}/ownership`)
        .set(admin)
        .send({ owners: [{ name: `Owner of ${key}`, country: hq, kind: 'person', percent: 60, controlling: true }] })
        .expect(200);
      await request(api.server).put(`/api/v1/organizations/${id}/signing-keys`).set(admin).send({ keys: [] }).expect(200);
      orgs[key] = { id, datacenter, attestation, operator };
    }
    scoped = await actors.user('regulator', { jurisdictions: ['DE'] });
    global = await actors.user('regulator');
    otherRegulator = await actors.user('regulator', { jurisdictions: ['DE'] });
    policyVersionId = (await get('/policy', admin).expect(200)).body.id as string;
  });
  afterAll(() => api.close());

  describe('organisations', () => {
    it('lists only organisations with their HQ or a facility in the jurisdictions; an unscoped regulator lists all', async () => {
      const scopedIds = new Set((await readAll<{ id: string; hqCountry: string }>('/organizations', scoped.headers)).map((organization) => organization.id));
      expect([...scopedIds].filter((id) => Object.values(orgs).some((org) => org.id === id)).sort()).toEqual([orgs.bothInDe.id, orgs.hqInDe.id, orgs.facilityInDe.id].sort());
      const globalIds = new Set((await readAll<{ id: string }>('/organizations', global.headers)).map((organization) => organization.id));
      for (const org of Object.values(orgs)) expect(globalIds.has(org.id)).toBe(true);
    });

    it('answers 404 for the detail and ownership of an organisation outside the jurisdictions, 200 inside', async () => {
      for (const key of ['bothInDe', 'hqInDe', 'facilityInDe'] as const) {
        const detail = (await get(`/organizations/${orgs[key].id}`, scoped.headers).expect(200)).body;
        expect(detail).toMatchObject({ id: orgs[key].id, owners: [expect.objectContaining({ name: `Owner of ${key}` })] });
      }
      const hidden = await get(`/organizations/${orgs.outside.id}`, scoped.headers).expect(404);
      expect(hidden.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect(JSON.stringify(hidden.body)).not.toContain('Owner of outside');
      expect((await get(`/organizations/${orgs.outside.id}`, global.headers).expect(200)).body).toMatchObject({ owners: [expect.objectContaining({ name: 'Owner of outside' })] });
    });

    it('answers 404 for the signing keys of an organisation outside the jurisdictions, 200 inside', async () => {
      await get(`/organizations/${orgs.facilityInDe.id}/signing-keys`, scoped.headers).expect(200);
      await get(`/organizations/${orgs.hqInDe.id}/signing-keys`, scoped.headers).expect(200);
      await get(`/organizations/${orgs.outside.id}/signing-keys`, scoped.headers).expect(404);
      await get(`/organizations/${orgs.outside.id}/signing-keys`, global.headers).expect(200);
    });

    it('takes jurisdictions in either case', async () => {
      const lowerCase = await actors.user('regulator', { jurisdictions: ['de'] });
      await get(`/organizations/${orgs.facilityInDe.id}`, lowerCase.headers).expect(200);
      await get(`/organizations/${orgs.outside.id}`, lowerCase.headers).expect(404);
    });
  });

  describe('audit log', () => {
    const entitiesOf = (entries: ChainedAuditEntry[]) => new Set(entries.map((entry) => `${entry.entityType}:${entry.entityId}`));

    it('lists the entries of organisations in scope and not those outside; an unscoped regulator lists both', async () => {
      for (const key of ['bothInDe', 'hqInDe', 'facilityInDe'] as const) {
        const entries = await auditEntries(`entityType=organization&entityId=${orgs[key].id}`, scoped.headers);
        expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['organization.created', 'organization.ownership_replaced', 'organization.signing_keys_replaced']));
      }
      expect(await auditEntries(`entityType=organization&entityId=${orgs.outside.id}`, scoped.headers)).toEqual([]);
      expect((await auditEntries(`entityType=organization&entityId=${orgs.outside.id}`, global.headers)).length).toBeGreaterThanOrEqual(3);
    });

    it('lists facility entries (datacenter, attestation) only for facilities in the jurisdictions, even of an organisation in scope by its HQ', async () => {
      for (const entityType of ['datacenter', 'attestation'] as const) {
        const idOf = (key: keyof typeof orgs) => (entityType === 'datacenter' ? orgs[key].datacenter : orgs[key].attestation);
        const seen = entitiesOf(await auditEntries(`entityType=${entityType}`, scoped.headers));
        expect(seen.has(`${entityType}:${idOf('bothInDe')}`)).toBe(true);
        expect(seen.has(`${entityType}:${idOf('facilityInDe')}`)).toBe(true);
        expect(seen.has(`${entityType}:${idOf('hqInDe')}`)).toBe(false);
        expect(seen.has(`${entityType}:${idOf('outside')}`)).toBe(false);
        const all = entitiesOf(await auditEntries(`entityType=${entityType}`, global.headers));
        for (const key of Object.keys(orgs) as (keyof typeof orgs)[]) expect(all.has(`${entityType}:${idOf(key)}`)).toBe(true);
      }
    });

    it('lists policy entries to every regulator, and of user entries only the regulator’s own', async () => {
      expect((await auditEntries(`entityType=policy_version&entityId=${policyVersionId}`, scoped.headers)).length).toBeGreaterThan(0);
      expect((await auditEntries(`entityType=user&entityId=${scoped.id}`, scoped.headers)).map((entry) => entry.action)).toEqual(expect.arrayContaining(['user.created', 'auth.login_succeeded']));
      expect(await auditEntries(`entityType=user&entityId=${otherRegulator.id}`, scoped.headers)).toEqual([]);
      expect((await auditEntries(`entityType=user&entityId=${otherRegulator.id}`, global.headers)).length).toBeGreaterThan(0);
    });

    it('exports the same entries the scoped list shows, and none outside', async () => {
      const exported = linesOf(await ndjson('/audit-log/export', scoped.headers).expect(200));
      const listed = await auditEntries('', scoped.headers);
      expect(exported.map((entry) => entry.seq)).toEqual(listed.map((entry) => entry.seq));
      const seen = entitiesOf(exported);
      expect(seen.has(`organization:${orgs.facilityInDe.id}`)).toBe(true);
      for (const id of [orgs.outside.id, orgs.outside.datacenter, orgs.outside.attestation, orgs.hqInDe.datacenter, otherRegulator.id]) {
        expect(exported.some((entry) => entry.entityId === id)).toBe(false);
      }
      const outsideOnly = linesOf(await ndjson(`/audit-log/export?entityType=organization&entityId=${orgs.outside.id}`, scoped.headers).expect(200));
      expect(outsideOnly).toEqual([]);
      expect(linesOf(await ndjson(`/audit-log/export?entityType=organization&entityId=${orgs.outside.id}`, global.headers).expect(200)).length).toBeGreaterThanOrEqual(3);
    });

    it('verifies the whole chain but counts and heads only the entries the scoped regulator can read', async () => {
      const whole = (await get('/audit-log/verify', global.headers).expect(200)).body as { valid: boolean; entries: number; head: string };
      const exported = linesOf(await ndjson('/audit-log/export', scoped.headers).expect(200));
      const verdict = (await get('/audit-log/verify', scoped.headers).expect(200)).body as { valid: boolean; entries: number; head: string };
      expect(whole.valid).toBe(true);
      expect(verdict).toEqual({ valid: true, entries: exported.length, head: exported.at(-1)?.hash });
      expect(verdict.entries).toBeLessThan(whole.entries);
      // Each exported entry still checks on its own: its hash covers exactly what is shown.
      expect(exported.filter((entry) => computeAuditHash(entry, entry.prevHash) !== entry.hash)).toEqual([]);
    });

    it('names a break outside the jurisdictions by seq and reason only', async () => {
      const [victim] = await auditEntries(`entityType=organization&entityId=${orgs.outside.id}&action=organization.ownership_replaced`, global.headers);
      const tamper = (payload: unknown) =>
        db.transaction(async (manager) => {
          // Only a superuser can do this; the test database role is one.
          await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
          await manager.query('UPDATE audit_log SET payload = $1 WHERE seq = $2', [JSON.stringify(payload), victim.seq]);
          await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
        });
      await tamper({ owners: [] });
      try {
        const verdict = (await get('/audit-log/verify', scoped.headers).expect(200)).body as Record<string, unknown>;
        expect(verdict).toMatchObject({ valid: false, firstBroken: { seq: victim.seq, reason: 'hash_mismatch' } });
        expect(Object.keys(verdict.firstBroken as object).sort()).toEqual(['reason', 'seq']);
        const whole = (await get('/audit-log/verify', global.headers).expect(200)).body as Record<string, unknown>;
        expect(whole).toMatchObject({ valid: false, entries: victim.seq - 1, firstBroken: { seq: victim.seq, reason: 'hash_mismatch', expected: expect.any(String), actual: victim.hash } });
        expect(verdict.entries as number).toBeLessThanOrEqual(victim.seq - 1);
      } finally {
        await tamper(victim.payload);
      }
      expect((await get('/audit-log/verify', scoped.headers).expect(200)).body.valid).toBe(true);
    });
  });

  describe('notifications', () => {
    const notify = (notification: NotificationRequest) => db.transaction((manager) => api.app.get(NotificationWriter).notify(manager, notification));

    it('lists a regulator none about an organisation or a facility outside the jurisdictions, and answers 404 for reading one', async () => {
      const about = async (key: keyof typeof orgs, userId: string) =>
        notify({ userId, organizationId: orgs[key].id, kind: 'e2e.jurisdiction', title: `about ${key}`, data: { datacenterId: orgs[key].datacenter } });
      const sent: Record<string, string> = {};
      for (const recipient of [scoped, global]) {
        for (const key of Object.keys(orgs) as (keyof typeof orgs)[]) sent[`${recipient.id}:${key}`] = await about(key, recipient.id);
        sent[`${recipient.id}:platform`] = await notify({ userId: recipient.id, kind: 'e2e.jurisdiction', title: 'platform notice' });
        sent[`${recipient.id}:malformed`] = await notify({ userId: recipient.id, kind: 'e2e.jurisdiction', title: 'names no facility', data: { datacenterId: 'not-a-uuid' } });
      }
      const titles = async (as: Headers) => (await readAll<{ title: string }>('/notifications', as)).map((notification) => notification.title).sort();
      // hqInDe's organisation is in scope but the facility its notification names is in FR.
      expect(await titles(scoped.headers)).toEqual(['about bothInDe', 'about facilityInDe', 'platform notice'].sort());
      expect(await titles(global.headers)).toEqual(['about bothInDe', 'about facilityInDe', 'about hqInDe', 'about outside', 'names no facility', 'platform notice'].sort());
      await request(api.server)
        .post(`/api/v1/notifications/${sent[`${scoped.id}:outside`]}/read`)
        .set(scoped.headers)
        .expect(404);
      await request(api.server)
        .post(`/api/v1/notifications/${sent[`${scoped.id}:facilityInDe`]}/read`)
        .set(scoped.headers)
        .expect(200);
      await request(api.server)
        .post(`/api/v1/notifications/${sent[`${global.id}:outside`]}/read`)
        .set(global.headers)
        .expect(200);
    });

    it('leaves operators’ inboxes as they were: their organisation’s notifications, wherever its facilities are', async () => {
      await notify({ organizationId: orgs.outside.id, kind: 'e2e.jurisdiction', title: 'for the operators of outside', data: { datacenterId: orgs.outside.datacenter } });
      const titles = (await readAll<{ title: string }>('/notifications', orgs.outside.operator)).map((notification) => notification.title);
      expect(titles).toContain('for the operators of outside');
    });
  });
});
