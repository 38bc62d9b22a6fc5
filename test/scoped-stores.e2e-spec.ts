import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { AttestationStore, DatacenterStore, FindingStore, ReviewItemStore, type Scope } from '@tiergate/persistence';
import { TestActors } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

/**
 * The stores every service reads attestations and facilities through: each read takes a Scope, and
 * a row outside it is the same NotFoundError as an id that does not exist. Two organisations, one
 * with its facility in DE and one in FR.
 */
describe('scoped stores', () => {
  let api: TestApi;
  let db: DataSource;
  let attestations: AttestationStore;
  let datacenters: DatacenterStore;
  let findings: FindingStore;
  let reviewItems: ReviewItemStore;
  const orgs: Record<'inDe' | 'inFr', { id: string; datacenter: string; attestation: string; finding: string }> = {} as never;
  const missing = randomUUID();

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    attestations = api.app.get(AttestationStore);
    datacenters = api.app.get(DatacenterStore);
    findings = api.app.get(FindingStore);
    reviewItems = api.app.get(ReviewItemStore);
    const actors = new TestActors(api);
    for (const [key, country] of [
      ['inDe', 'DE'],
      ['inFr', 'FR'],
    ] as const) {
      const id = await actors.organization(country, `Scoped store ${key} ${randomUUID().slice(0, 6)}`);
      const operator = await actors.operatorOf(id);
      const datacenter = (
        await request(api.server)
          .post('/api/v1/datacenters')
          .set(operator)
          .send({ name: `${key} DC`, countryCode: country })
          .expect(201)
      ).body.id as string;
      const attestation = (await request(api.server).post(`/api/v1/datacenters/${datacenter}/attestations`).set(operator).send({ claims: [] }).expect(201)).body.id as string;
      // Written as the worker writes its findings: the scoping columns come from the attestation.
      const [finding] = await findings.recordAutomated(db.manager, await attestations.findVisible(db.manager, { kind: 'system' }, attestation), [
        { code: 'SCOPED_STORE_CHECK', severity: 'minor', message: `finding of ${key}`, details: { key } },
      ]);
      orgs[key] = { id, datacenter, attestation, finding: finding!.id };
    }
  });
  afterAll(() => api.close());

  /** For each kind of scope: which of the two organisations it reaches. */
  const cases = (): [string, Scope, ('inDe' | 'inFr')[]][] => [
    ['organization', { kind: 'organization', organizationId: orgs.inDe.id }, ['inDe']],
    ['jurisdictions', { kind: 'jurisdictions', countries: ['DE'] }, ['inDe']],
    ['all', { kind: 'all' }, ['inDe', 'inFr']],
    ['system', { kind: 'system' }, ['inDe', 'inFr']],
  ];

  it('finds and locks an attestation inside the scope, and answers NotFoundError for one outside it or absent, for every kind of scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const id = orgs[key].attestation;
        const find = attestations.findVisible(db.manager, scope, id);
        const lock = db.transaction((manager) => attestations.lockVisible(manager, scope, id));
        if (reached.includes(key)) {
          await expect(find).resolves.toMatchObject({ id, organizationId: orgs[key].id });
          await expect(lock).resolves.toMatchObject({ id });
        } else {
          await expect(find).rejects.toThrow(new NotFoundError(`Attestation ${id} not found`));
          await expect(lock).rejects.toThrow(NotFoundError);
        }
      }
      await expect(attestations.findVisible(db.manager, scope, missing)).rejects.toThrow(new NotFoundError(`Attestation ${missing} not found`));
    }
  });

  it('pages only the attestations inside the scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const page = await attestations.page(db.manager, scope, { datacenterId: orgs[key].datacenter });
        expect(page.items.map((row) => row.id)).toEqual(reached.includes(key) ? [orgs[key].attestation] : []);
      }
    }
  });

  it('locks an attestation for the worker whatever its organisation, and answers null for an absent one', async () => {
    await expect(db.transaction((manager) => attestations.lockForSystem(manager, orgs.inFr.attestation))).resolves.toMatchObject({ id: orgs.inFr.attestation });
    await expect(db.transaction((manager) => attestations.lockForSystem(manager, missing))).resolves.toBeNull();
  });

  it('finds and locks a facility inside the scope, and answers NotFoundError for one outside it or absent, for every kind of scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const id = orgs[key].datacenter;
        const find = datacenters.findVisible(db.manager, scope, id);
        const lock = db.transaction((manager) => datacenters.lockVisible(manager, scope, id));
        if (reached.includes(key)) {
          await expect(find).resolves.toMatchObject({ id, organizationId: orgs[key].id });
          await expect(lock).resolves.toMatchObject({ id });
        } else {
          await expect(find).rejects.toThrow(new NotFoundError(`Datacenter ${id} not found`));
          await expect(lock).rejects.toThrow(NotFoundError);
        }
      }
      await expect(datacenters.findVisible(db.manager, scope, missing)).rejects.toThrow(new NotFoundError(`Datacenter ${missing} not found`));
    }
  });

  it('pages and picks out only the facilities inside the scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const page = await datacenters.page(db.manager, scope, { organizationId: orgs[key].id });
        expect(page.items.map((row) => row.id)).toEqual(reached.includes(key) ? [orgs[key].datacenter] : []);
      }
      const among = await datacenters.visibleAmong(db.manager, scope, [orgs.inDe.datacenter, orgs.inFr.datacenter, missing]);
      expect([...among].sort()).toEqual(reached.map((key) => orgs[key].datacenter).sort());
    }
  });

  it('records automated findings with the scoping columns of their attestation', async () => {
    const finding = await findings.findVisible(db.manager, { kind: 'system' }, orgs.inFr.finding);
    expect(finding).toMatchObject({
      attestationId: orgs.inFr.attestation,
      datacenterId: orgs.inFr.datacenter,
      organizationId: orgs.inFr.id,
      countryCode: 'FR',
      source: 'automated',
      createdBy: null,
      status: 'open',
      details: { key: 'inFr' },
    });
    await expect(findings.recordAutomated(db.manager, await attestations.findVisible(db.manager, { kind: 'system' }, orgs.inFr.attestation), [])).resolves.toEqual([]);
  });

  it('finds and locks a finding inside the scope, and answers NotFoundError for one outside it or absent, for every kind of scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const id = orgs[key].finding;
        const find = findings.findVisible(db.manager, scope, id);
        const lock = db.transaction((manager) => findings.lockVisible(manager, scope, id));
        if (reached.includes(key)) {
          await expect(find).resolves.toMatchObject({ id, organizationId: orgs[key].id });
          await expect(lock).resolves.toMatchObject({ id });
        } else {
          await expect(find).rejects.toThrow(new NotFoundError(`Finding ${id} not found`));
          await expect(lock).rejects.toThrow(NotFoundError);
        }
      }
      await expect(findings.findVisible(db.manager, scope, missing)).rejects.toThrow(new NotFoundError(`Finding ${missing} not found`));
    }
  });

  it('pages only the findings inside the scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const page = await findings.page(db.manager, scope, { attestationId: orgs[key].attestation });
        expect(page.items.map((row) => row.id)).toEqual(reached.includes(key) ? [orgs[key].finding] : []);
      }
    }
  });

  it('locks a review item inside the scope by id or by attestation, and answers NotFoundError or null outside it, for every kind of scope', async () => {
    const rolledBack = new Error('rolled back: the items must not join the review queue of other tests');
    const run = db.transaction(async (manager) => {
      const itemOf: Partial<Record<'inDe' | 'inFr', string>> = {};
      for (const key of ['inDe', 'inFr'] as const) {
        const attestation = await attestations.findVisible(manager, { kind: 'system' }, orgs[key].attestation);
        const columns = { attestationId: attestation.id, datacenterId: attestation.datacenterId, organizationId: attestation.organizationId, countryCode: attestation.countryCode };
        await reviewItems.open(manager, { ...columns, priority: 50, approvalsRequired: 1 });
        // Opening again (a replayed job) adds nothing.
        await reviewItems.open(manager, { ...columns, priority: 90, approvalsRequired: 2 });
        const item = await reviewItems.lockForAttestation(manager, { kind: 'system' }, attestation.id);
        expect(item).toMatchObject({ attestationId: attestation.id, organizationId: orgs[key].id, status: 'open', priority: 50, approvalsRequired: 1 });
        itemOf[key] = item!.id;
      }
      for (const [, scope, reached] of cases()) {
        for (const key of ['inDe', 'inFr'] as const) {
          const id = itemOf[key]!;
          const byAttestation = await reviewItems.lockForAttestation(manager, scope, orgs[key].attestation);
          const openOne = await reviewItems.lockOpenForAttestation(manager, scope, orgs[key].attestation);
          if (reached.includes(key)) {
            await expect(reviewItems.lockVisible(manager, scope, id)).resolves.toMatchObject({ id });
            expect(byAttestation?.id).toBe(id);
            expect(openOne?.id).toBe(id);
          } else {
            await expect(reviewItems.lockVisible(manager, scope, id)).rejects.toThrow(new NotFoundError(`Review item ${id} not found`));
            expect(byAttestation).toBeNull();
            expect(openOne).toBeNull();
          }
        }
        await expect(reviewItems.lockVisible(manager, scope, missing)).rejects.toThrow(new NotFoundError(`Review item ${missing} not found`));
      }
      await reviewItems.requireTwoApprovals(manager, orgs.inDe.attestation);
      await expect(reviewItems.lockVisible(manager, { kind: 'system' }, itemOf.inDe!)).resolves.toMatchObject({ approvalsRequired: 2 });
      throw rolledBack;
    });
    await expect(run).rejects.toBe(rolledBack);
  });
});
