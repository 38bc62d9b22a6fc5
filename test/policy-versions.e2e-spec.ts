import request from 'supertest';
import { DataSource } from 'typeorm';
import { referencePolicyPack, type PolicyPack } from '@tiergate/policy';
import { TestActors, type TestUser } from './setup/actors';
import { approveAndActivate } from './setup/policy-activation';
import { startTestApi, type TestApi } from './setup/test-api';

describe('policy versions: publish, approve, activate', () => {
  let api: TestApi;
  let actors: TestActors;
  let regulators: TestUser[];
  let minor = 100;
  const nextPack = (changes: Partial<PolicyPack> = {}): PolicyPack => ({ ...referencePolicyPack(), version: `1.${(minor += 1)}.0`, ...changes });
  const approve = (versionId: string, as: TestUser) => request(api.server).post(`/api/v1/policy/versions/${versionId}/approve`).set(as.headers);
  const activate = (versionId: string, as: TestUser) => request(api.server).post(`/api/v1/policy/versions/${versionId}/activate`).set(as.headers);
  const publish = async (pack: unknown, as: TestUser) =>
    (
      await request(api.server)
        .post('/api/v1/policy/versions')
        .set(as.headers)
        .send(pack as object)
        .expect(201)
    ).body;
  const outboxEvents = async (policyVersionId: string) =>
    (await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = 'policy.activated' AND payload->>'policyVersionId' = $1`, [policyVersionId]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    regulators = [];
    for (let index = 0; index < 4; index += 1) regulators.push(await actors.user('regulator'));
  });
  afterAll(() => api.close());

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
    expect(published).toMatchObject({ version: moved.version, status: 'published', approvals: [], approvalsRequired: 2 });

    const early = await activate(published.id, regulators[0]).expect(409);
    expect(early.body.message).toContain('0 of the 2');
    expect(await outboxEvents(published.id)).toBe(0);

    const approved = await approve(published.id, regulators[1]).expect(200);
    expect(approved.body.approvals).toEqual([{ approvedBy: regulators[1].id, approvedAt: expect.any(String) }]);
    await approve(published.id, regulators[1]).expect(409);
    expect((await activate(published.id, regulators[1]).expect(409)).body.message).toContain('1 of the 2');
    await approve(published.id, regulators[2]).expect(200);

    const activated = await activate(published.id, regulators[1]).expect(200);
    expect(activated.body).toMatchObject({ status: 'active', activatedAt: expect.any(String) });
    expect(await outboxEvents(published.id)).toBe(1);
    expect((await request(api.server).get('/api/v1/countries/PL').set(regulators[0].headers).expect(200)).body.tier).toBe(1);

    const versions = (await request(api.server).get('/api/v1/policy/versions?limit=200').set(regulators[0].headers).expect(200)).body.items as { id: string; status: string }[];
    expect(versions.filter((version) => version.status === 'active').map((version) => version.id)).toEqual([published.id]);
    expect(versions.find((version) => version.id === before.id)?.status).toBe('retired');
    await activate(published.id, regulators[0]).expect(409);

    const audit = await api.app.get(DataSource).query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [published.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['policy.published', 'policy.approved', 'policy.approved', 'policy.activated']);
  });

  it('refuses the publisher’s approval of their own version, so the quorum is always other regulators', async () => {
    const published = await publish(nextPack(), regulators[0]);
    const refused = await approve(published.id, regulators[0]).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.stringContaining('segregation of duties') });
    const [{ n }] = await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM policy_approvals WHERE policy_version_id = $1', [published.id]);
    expect(n).toBe(0);
    await approve(published.id, regulators[1]).expect(200);
    expect((await activate(published.id, regulators[0]).expect(409)).body.message).toContain('1 of the 2');
  });

  it('lets only regulators activate: an admin gets 403 even once the quorum is met', async () => {
    const published = (
      await request(api.server)
        .post('/api/v1/policy/versions')
        .set(await actors.admin())
        .send(nextPack())
        .expect(201)
    ).body;
    await approve(published.id, regulators[1]).expect(200);
    await approve(published.id, regulators[2]).expect(200);
    await request(api.server)
      .post(`/api/v1/policy/versions/${published.id}/activate`)
      .set(await actors.admin())
      .expect(403);
    expect((await request(api.server).get(`/api/v1/policy/versions/${published.id}`).set(regulators[0].headers).expect(200)).body.status).toBe('published');
    await activate(published.id, regulators[1]).expect(200);
  });

  it('takes approvals only from regulators whose jurisdiction covers the pack, or global ones', async () => {
    const german = await actors.user('regulator', { jurisdictions: ['DE'] });
    const french = await actors.user('regulator', { jurisdictions: ['FR'] });
    const both = await actors.user('regulator', { jurisdictions: ['DE', 'FR'] });

    // A global pack (no jurisdictions): national regulators do not vote on it.
    const global = await publish(nextPack(), regulators[0]);
    expect((await approve(global.id, german).expect(403)).body.message).toContain('global pack');

    const forGermany = await publish(nextPack({ jurisdictions: ['DE'] }), regulators[0]);
    expect((await approve(forGermany.id, french).expect(403)).body.message).toContain('DE');
    await approve(forGermany.id, german).expect(200);
    await approve(forGermany.id, both).expect(200);

    const forBoth = await publish(nextPack({ jurisdictions: ['DE', 'FR'] }), regulators[0]);
    await approve(forBoth.id, german).expect(403);
    await approve(forBoth.id, both).expect(200);
    await approve(forBoth.id, regulators[1]).expect(200);
    const [{ n }] = await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM policy_approvals WHERE policy_version_id = ANY($1)', [[global.id, forGermany.id, forBoth.id]]);
    expect(n).toBe(4);

    await activate(forGermany.id, german).expect(200);
    expect((await request(api.server).get('/api/v1/policy').set(german.headers).expect(200)).body.jurisdictions).toEqual(['DE']);
  });

  it('recounts at activation: an approval by someone who is no longer a regulator does not count', async () => {
    const published = await publish(nextPack(), regulators[0]);
    const moving = await actors.user('regulator');
    await approve(published.id, moving).expect(200);
    await approve(published.id, regulators[1]).expect(200);
    await request(api.server)
      .patch(`/api/v1/users/${moving.id}`)
      .set(await actors.admin())
      .send({ role: 'auditor' })
      .expect(200);
    expect((await activate(published.id, regulators[1]).expect(409)).body.message).toContain('1 of the 2');
    await approve(published.id, regulators[2]).expect(200);
    await activate(published.id, regulators[1]).expect(200);
  });

  it('rejects a pack whose jurisdictions are not ISO country codes, naming the field', async () => {
    const response = await request(api.server)
      .post('/api/v1/policy/versions')
      .set(regulators[0].headers)
      .send(nextPack({ jurisdictions: ['DE', 'XZ'] }))
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'jurisdictions.1', problems: [expect.stringContaining('ISO 3166-1')] }]);
    const empty = await request(api.server)
      .post('/api/v1/policy/versions')
      .set(regulators[0].headers)
      .send(nextPack({ jurisdictions: [] }))
      .expect(400);
    expect(empty.body.details).toEqual([{ field: 'jurisdictions', problems: [expect.stringContaining('at least one country')] }]);
  });

  it('counts distinct regulators toward a larger quorum set by the active policy', async () => {
    const strictVersion = await publish(nextPack({ approvalQuorum: 3 }), regulators[0]);
    await approveAndActivate(api, actors, strictVersion.id, [regulators[1], regulators[2]]);

    const next = await publish(nextPack(), regulators[0]);
    expect(next.approvalsRequired).toBe(3);
    await approve(next.id, regulators[1]).expect(200);
    await approve(next.id, regulators[2]).expect(200);
    await activate(next.id, regulators[1]).expect(409);
    await approve(next.id, regulators[3]).expect(200);
    await activate(next.id, regulators[1]).expect(200);
  });

  it('serves one version with its pack, and 404 for an unknown id', async () => {
    const { items } = (await request(api.server).get('/api/v1/policy/versions').set(regulators[0].headers).expect(200)).body;
    const detail = await request(api.server).get(`/api/v1/policy/versions/${items[0].id}`).set(regulators[0].headers).expect(200);
    expect(detail.body.pack.countries.length).toBeGreaterThanOrEqual(249);
    await request(api.server).get('/api/v1/policy/versions/00000000-0000-4000-8000-000000000000').set(regulators[0].headers).expect(404);
  });
});
