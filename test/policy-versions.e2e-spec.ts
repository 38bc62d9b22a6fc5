import request from 'supertest';
import { DataSource } from 'typeorm';
import { referencePolicyPack, type PolicyPack } from '@tiergate/policy';
import { TestActors, type TestUser } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

describe('policy versions: publish, approve, activate', () => {
  let api: TestApi;
  let actors: TestActors;
  let regulators: TestUser[];
  let minor = 100;
  const nextPack = (changes: Partial<PolicyPack> = {}): PolicyPack => ({ ...referencePolicyPack(), version: `1.${(minor += 1)}.0`, ...changes });
  const publish = async (pack: unknown, as: TestUser) => (await request(api.server).post('/api/v1/policy/versions').set(as.headers).send(pack as object).expect(201)).body;
  const outboxEvents = async (policyVersionId: string) =>
    (await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = 'policy.activated' AND payload->>'policyVersionId' = $1`, [policyVersionId]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    regulators = [await actors.user('regulator'), await actors.user('regulator')];
  });
  // Other suites expect the reference pack: put it back the way a regulator would.
  afterAll(async () => {
    const { items } = (await request(api.server).get('/api/v1/policy/versions?limit=200').set(regulators[0].headers).expect(200)).body;
    const reference = (items as { id: string; version: string; status: string }[]).find((version) => version.version === referencePolicyPack().version);
    if (reference && reference.status !== 'active') {
      for (const regulator of regulators) await request(api.server).post(`/api/v1/policy/versions/${reference.id}/approve`).set(regulator.headers);
      await request(api.server).post(`/api/v1/policy/versions/${reference.id}/activate`).set(regulators[0].headers).expect(200);
    }
    await api.close();
  });

  it('rejects a pack with five different mistakes, reporting all five and storing nothing', async () => {
    const reference = referencePolicyPack();
    const broken = {
      ...reference,
      version: '9.9.9',
      // 1. a country in two tiers, 2. an unknown country code
      countries: [...reference.countries, { code: 'CN', name: 'China again', tier: 2, igaInForce: false }, { code: 'XZ', name: 'Nowhere', tier: 2, igaInForce: false }],
      // 3. a duplicate control id
      controls: [...reference.controls, reference.controls[0]],
      // 4. an evidence type no control can take
      evidenceTypes: [...reference.evidenceTypes, 'horoscope'],
      // 5. an invalid pattern
      prohibitedHardware: [...reference.prohibitedHardware, { id: 'BROKEN', pattern: '([unclosed', reason: 'typo' }],
    };
    const response = await request(api.server).post('/api/v1/policy/versions').set(regulators[0].headers).send(broken).expect(400);
    const problems = (response.body.details as { field: string; problems: string[] }[]).flatMap((detail) => detail.problems.map((problem) => `${detail.field}: ${problem}`));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('CN is listed more than once'),
        expect.stringContaining('XZ is not an ISO 3166-1 country code'),
        expect.stringContaining(`id ${reference.controls[0].id} is used more than once`),
        expect.stringContaining('no control can take horoscope'),
        expect.stringContaining('BROKEN has an invalid pattern'),
      ]),
    );
    expect(problems).toHaveLength(5);
    const [{ n }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM policy_versions WHERE version = '9.9.9'`);
    expect(n).toBe(0);
  });

  it('names structural errors by path, and answers 409 for a version number already used', async () => {
    const response = await request(api.server).post('/api/v1/policy/versions').set(regulators[0].headers).send({ version: 'one', countries: 'all' }).expect(400);
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['version', 'countries', 'title', 'controls', 'thresholds']));
    await request(api.server).post('/api/v1/policy/versions').set(regulators[0].headers).send(referencePolicyPack()).expect(409);
  });

  it('activates only with the quorum, retiring the previous version and writing policy.activated in the same transaction', async () => {
    const before = (await request(api.server).get('/api/v1/policy').set(regulators[0].headers).expect(200)).body;
    const moved = nextPack({ countries: referencePolicyPack().countries.map((country) => (country.code === 'PL' ? { ...country, tier: 1 as const } : country)) });
    const published = await publish(moved, regulators[0]);
    expect(published).toMatchObject({ version: moved.version, status: 'published', approvals: [], approvalsRequired: 1 });

    const early = await request(api.server).post(`/api/v1/policy/versions/${published.id}/activate`).set(regulators[0].headers).expect(409);
    expect(early.body.message).toContain('0 of the 1');
    expect(await outboxEvents(published.id)).toBe(0);

    const approved = await request(api.server).post(`/api/v1/policy/versions/${published.id}/approve`).set(regulators[1].headers).expect(200);
    expect(approved.body.approvals).toEqual([{ approvedBy: regulators[1].id, approvedAt: expect.any(String) }]);
    await request(api.server).post(`/api/v1/policy/versions/${published.id}/approve`).set(regulators[1].headers).expect(409);

    const activated = await request(api.server).post(`/api/v1/policy/versions/${published.id}/activate`).set(await actors.admin()).expect(200);
    expect(activated.body).toMatchObject({ status: 'active', activatedAt: expect.any(String) });
    expect(await outboxEvents(published.id)).toBe(1);
    expect((await request(api.server).get('/api/v1/countries/PL').set(regulators[0].headers).expect(200)).body.tier).toBe(1);

    const versions = (await request(api.server).get('/api/v1/policy/versions?limit=200').set(regulators[0].headers).expect(200)).body.items as { id: string; status: string }[];
    expect(versions.filter((version) => version.status === 'active').map((version) => version.id)).toEqual([published.id]);
    expect(versions.find((version) => version.id === before.id)?.status).toBe('retired');
    await request(api.server).post(`/api/v1/policy/versions/${published.id}/activate`).set(regulators[0].headers).expect(409);

    const audit = await api.app.get(DataSource).query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [published.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['policy.published', 'policy.approved', 'policy.activated']);
  });

  it('counts distinct regulators toward a larger quorum set by the active policy', async () => {
    const strict = nextPack({ approvalQuorum: 2 });
    const strictVersion = await publish(strict, regulators[0]);
    await request(api.server).post(`/api/v1/policy/versions/${strictVersion.id}/approve`).set(regulators[0].headers).expect(200);
    await request(api.server).post(`/api/v1/policy/versions/${strictVersion.id}/activate`).set(regulators[0].headers).expect(200);

    const next = await publish(nextPack(), regulators[0]);
    expect(next.approvalsRequired).toBe(2);
    await request(api.server).post(`/api/v1/policy/versions/${next.id}/approve`).set(regulators[0].headers).expect(200);
    await request(api.server).post(`/api/v1/policy/versions/${next.id}/activate`).set(regulators[0].headers).expect(409);
    await request(api.server).post(`/api/v1/policy/versions/${next.id}/approve`).set(regulators[1].headers).expect(200);
    await request(api.server).post(`/api/v1/policy/versions/${next.id}/activate`).set(regulators[0].headers).expect(200);
  });

  it('serves one version with its pack, and 404 for an unknown id', async () => {
    const { items } = (await request(api.server).get('/api/v1/policy/versions').set(regulators[0].headers).expect(200)).body;
    const detail = await request(api.server).get(`/api/v1/policy/versions/${items[0].id}`).set(regulators[0].headers).expect(200);
    expect(detail.body.pack.countries.length).toBeGreaterThanOrEqual(249);
    await request(api.server).get('/api/v1/policy/versions/00000000-0000-4000-8000-000000000000').set(regulators[0].headers).expect(404);
  });
});
