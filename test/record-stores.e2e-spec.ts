import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { AttestationCommentStore, AttestationStore, EvidenceEntity, EvidenceRecordStore, OrganizationStore, ReviewItemEntity, ReviewItemStore, type Scope } from '@tiergate/persistence';
import { TestActors, type Headers } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';

/**
 * The stores behind evidence records, comment threads and organisations, and the attestation and
 * review-item writes of amendment and withdrawal: each read takes a Scope, and a row outside it is
 * the same NotFoundError (or an empty page) as one that does not exist. Two organisations, one with
 * its facility in DE and one in FR.
 */
describe('record stores', () => {
  let api: TestApi;
  let db: DataSource;
  let attestations: AttestationStore;
  let evidence: EvidenceRecordStore;
  let comments: AttestationCommentStore;
  let organizations: OrganizationStore;
  let reviewItems: ReviewItemStore;
  const orgs: Record<'inDe' | 'inFr', { id: string; operator: Headers; datacenter: string; attestation: string; evidence: string; comment: string }> = {} as never;
  const missing = randomUUID();

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    attestations = api.app.get(AttestationStore);
    evidence = api.app.get(EvidenceRecordStore);
    comments = api.app.get(AttestationCommentStore);
    organizations = api.app.get(OrganizationStore);
    reviewItems = api.app.get(ReviewItemStore);
    const actors = new TestActors(api);
    const fixture = new AttestationFixture(api);
    for (const [key, country] of [
      ['inDe', 'DE'],
      ['inFr', 'FR'],
    ] as const) {
      const id = await actors.organization(country, `Record store ${key} ${randomUUID().slice(0, 6)}`);
      const operator = await actors.operatorOf(id);
      const datacenter = (
        await request(api.server)
          .post('/api/v1/datacenters')
          .set(operator)
          .send({ name: `${key} DC`, countryCode: country })
          .expect(201)
      ).body.id as string;
      const attestation = await fixture.draft(datacenter, operator);
      await fixture.attachRequiredEvidence(attestation, operator);
      const view = (await request(api.server).get(`/api/v1/attestations/${attestation}`).set(operator).expect(200)).body as { evidence: { id: string }[] };
      const comment = (
        await request(api.server)
          .post(`/api/v1/attestations/${attestation}/comments`)
          .set(operator)
          .send({ body: `comment of ${key}` })
          .expect(201)
      ).body.id as string;
      orgs[key] = { id, operator, datacenter, attestation, evidence: view.evidence[0]!.id, comment };
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

  it('finds an evidence record inside the scope of its attestation, and answers NotFoundError for one outside it or absent, for every kind of scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const id = orgs[key].evidence;
        const find = evidence.findVisible(db.manager, scope, id);
        if (reached.includes(key)) await expect(find).resolves.toMatchObject({ id, attestationId: orgs[key].attestation });
        else await expect(find).rejects.toThrow(new NotFoundError(`Evidence ${id} not found`));
      }
      await expect(evidence.findVisible(db.manager, scope, missing)).rejects.toThrow(new NotFoundError(`Evidence ${missing} not found`));
    }
  });

  it('pages a comment thread inside the scope, and an empty page outside it, for every kind of scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const page = await comments.pageOf(db.manager, scope, orgs[key].attestation, {});
        expect(page.items.map((comment) => comment.id)).toEqual(reached.includes(key) ? [orgs[key].comment] : []);
      }
    }
  });

  it('finds and pages organisations inside the scope, and answers NotFoundError for one outside it or absent, for every kind of scope', async () => {
    for (const [, scope, reached] of cases()) {
      for (const key of ['inDe', 'inFr'] as const) {
        const id = orgs[key].id;
        const find = organizations.findVisible(db.manager, scope, id);
        if (reached.includes(key)) await expect(find).resolves.toMatchObject({ id });
        else await expect(find).rejects.toThrow(new NotFoundError(`Organization ${id} not found`));
      }
      await expect(organizations.findVisible(db.manager, scope, missing)).rejects.toThrow(new NotFoundError(`Organization ${missing} not found`));
    }
    const operatorPage = await organizations.page(db.manager, { kind: 'organization', organizationId: orgs.inFr.id }, {});
    expect(operatorPage.items.map((organization) => organization.id)).toEqual([orgs.inFr.id]);
  });

  it('numbers a facility’s next attestation one past its highest version, and counts only its submitted, verifying and in-review ones as in flight', async () => {
    const { datacenter } = orgs.inDe;
    await expect(attestations.nextVersionOf(db.manager, datacenter)).resolves.toBe(2);
    await expect(attestations.nextVersionOf(db.manager, missing)).resolves.toBe(1);
    await expect(attestations.inFlightCount(db.manager, datacenter)).resolves.toBe(0);
    // No worker runs here: the submitted attestation stays submitted.
    await request(api.server).post(`/api/v1/attestations/${orgs.inFr.attestation}/submit`).set(orgs.inFr.operator).send({}).expect(202);
    await expect(attestations.inFlightCount(db.manager, orgs.inFr.datacenter)).resolves.toBe(1);
    await expect(attestations.inFlightCount(db.manager, datacenter)).resolves.toBe(0);
  });

  it('copies every evidence record of one attestation onto another, keeping digests, uploaders and upload times', async () => {
    const source = orgs.inFr.attestation;
    const before = await db.getRepository(EvidenceEntity).find({ where: { attestationId: orgs.inDe.attestation }, order: { createdAt: 'ASC', id: 'ASC' } });
    await db.transaction(async (manager) => {
      await evidence.copyAll(manager, source, orgs.inDe.attestation);
      const copied = await manager.find(EvidenceEntity, { where: { attestationId: orgs.inDe.attestation } });
      const original = await manager.find(EvidenceEntity, { where: { attestationId: source } });
      expect(copied).toHaveLength(before.length + original.length);
      const fresh = copied.filter((row) => !before.some((kept) => kept.id === row.id));
      const shape = (row: EvidenceEntity) => ({ sha256: row.sha256, type: row.type, uploadedBy: row.uploadedBy, createdAt: row.createdAt.toISOString() });
      expect(fresh.map(shape).sort((a, b) => a.type.localeCompare(b.type))).toEqual(original.map(shape).sort((a, b) => a.type.localeCompare(b.type)));
      // Leave the fixtures as they were for the other tests.
      await manager.delete(
        EvidenceEntity,
        fresh.map((row) => row.id),
      );
    });
  });

  it('takes an attestation’s open review item out of the queue with its lease freed, and leaves other attestations’ items open', async () => {
    for (const key of ['inDe', 'inFr'] as const) {
      const { attestation, datacenter, id } = orgs[key];
      await reviewItems.open(db.manager, { attestationId: attestation, datacenterId: datacenter, organizationId: id, countryCode: key === 'inDe' ? 'DE' : 'FR', priority: 0, approvalsRequired: 1 });
    }
    const auditor = randomUUID();
    await db.getRepository(ReviewItemEntity).update({ attestationId: orgs.inDe.attestation }, { claimedBy: auditor, leaseUntil: new Date(Date.now() + 60_000) });
    await reviewItems.closeOpenForAttestation(db.manager, orgs.inDe.attestation);
    await expect(db.getRepository(ReviewItemEntity).findOneByOrFail({ attestationId: orgs.inDe.attestation })).resolves.toMatchObject({
      status: 'closed',
      closedAt: expect.any(Date),
      claimedBy: null,
      leaseUntil: null,
    });
    await expect(db.getRepository(ReviewItemEntity).findOneByOrFail({ attestationId: orgs.inFr.attestation })).resolves.toMatchObject({ status: 'open', closedAt: null });
  });
});
