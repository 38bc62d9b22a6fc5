import request from 'supertest';
import { referencePolicyPack } from '@tiergate/policy';
import { TestActors } from './setup/actors';
import { approveAndActivate } from './setup/policy-activation';
import { startTestApi, type TestApi } from './setup/test-api';

describe('policy versions across api replicas', () => {
  let replicaA: TestApi;
  let replicaB: TestApi;
  let actorsB: TestActors;

  beforeAll(async () => {
    [replicaA, replicaB] = await Promise.all([startTestApi(), startTestApi()]);
    actorsB = new TestActors(replicaB);
  });
  afterAll(() => Promise.all([replicaA.close(), replicaB.close()]));

  it('serves a version activated on another replica from the very next request, with its countries and screening list', async () => {
    const regulator = await actorsB.user('regulator');
    const before = (await request(replicaA.server).get('/api/v1/policy').set(regulator.headers).expect(200)).body as { id: string; version: string };
    // Replica A has compiled the version in force, screening index included.
    expect((await request(replicaA.server).get('/api/v1/countries/PL').set(regulator.headers).expect(200)).body.tier).toBe(2);
    const screenedBefore = await request(replicaA.server)
      .post('/api/v1/screening')
      .set(regulator.headers)
      .send({ names: ['Ostrava Lunar Freight'] })
      .expect(200);
    expect(screenedBefore.body).toMatchObject({ policyVersion: before.version, results: [{ name: 'Ostrava Lunar Freight', matches: [] }] });

    const reference = referencePolicyPack();
    const moved = {
      ...reference,
      version: `5.${Date.now()}.0`,
      countries: reference.countries.map((country) => (country.code === 'PL' ? { ...country, tier: 1 as const } : country)),
      restrictedParties: [...reference.restrictedParties, { id: 'replica-test-1', name: 'Ostrava Lunar Freight', aliases: [], militaryEndUser: false, source: 'SAMPLE', sample: true }],
    };
    const published = (await request(replicaB.server).post('/api/v1/policy/versions').set(regulator.headers).send(moved).expect(201)).body as { id: string };
    await approveAndActivate(replicaB, actorsB, published.id);

    const after = (await request(replicaA.server).get('/api/v1/policy').set(regulator.headers).expect(200)).body as { id: string; version: string; restrictedPartyCount: number };
    expect(after).toMatchObject({ id: published.id, version: moved.version, restrictedPartyCount: moved.restrictedParties.length });
    expect((await request(replicaA.server).get('/api/v1/countries/PL').set(regulator.headers).expect(200)).body.tier).toBe(1);
    const screenedAfter = await request(replicaA.server)
      .post('/api/v1/screening')
      .set(regulator.headers)
      .send({ names: ['Ostrava Lunar Freight'] })
      .expect(200);
    expect(screenedAfter.body).toMatchObject({ policyVersion: moved.version, results: [{ matches: [{ entryId: 'replica-test-1', score: 1 }] }] });
  });
});
