import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import { CommentsModule } from '../apps/api/src/comments/comments.module';
import { FindingsModule } from '../apps/api/src/findings/findings.module';
import { ReviewModule } from '../apps/api/src/review/review.module';
import { TestActors, type Headers, type TestUser } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';

interface Site {
  organizationId: string;
  operator: Headers;
  datacenterId: string;
}

interface Reviewable {
  attestationId: string;
  itemId: string;
}

const RATIONALE = 'Every control is evidenced and the evidence is current.';
const MINUTE = 60_000;

describe('review: queue, leases, decisions, findings and comments', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let auditors: TestUser[];
  let regulator: TestUser;
  let stranger: Headers;
  let counter = 0;

  const db = () => api.app.get(DataSource);
  const server = () => api.server;
  const as = (user: TestUser) => user.headers;

  const site = async (country = 'DE', inventory = 'NVIDIA,H100 SXM5 80GB,512'): Promise<Site> => {
    const organizationId = await actors.organization('DE', `Reviewed Org ${(counter += 1)} ${Date.now()}`);
    const operator = await actors.operatorOf(organizationId);
    const datacenter = await request(server())
      .post('/api/v1/datacenters')
      .set(operator)
      .send({ name: `Site ${counter}`, countryCode: country })
      .expect(201);
    await request(server()).put(`/api/v1/datacenters/${datacenter.body.id}/inventory`).set(operator).set('Content-Type', 'text/csv').send(`vendor,model,quantity\n${inventory}\n`).expect(200);
    return { organizationId, operator, datacenterId: datacenter.body.id as string };
  };

  /** Submits a complete attestation (or the given draft) through the API and puts it in the queue. */
  const reviewable = async (facility: Site, options: { priority?: number; approvalsRequired?: number; draftId?: string } = {}): Promise<Reviewable> => {
    const attestationId = options.draftId ?? (await fixture.draft(facility.datacenterId, facility.operator));
    if (!options.draftId) await fixture.attachRequiredEvidence(attestationId, facility.operator);
    await request(server()).post(`/api/v1/attestations/${attestationId}/submit`).set(facility.operator).send({}).expect(202);
    // In production the verification worker runs the automated checks, moves the attestation to
    // in_review and queues it with a priority and four-eyes requirement; it is not part of these tests.
    await db().query(`UPDATE attestations SET status = 'in_review' WHERE id = $1`, [attestationId]);
    const [item] = (await db().query(
      `INSERT INTO review_items (attestation_id, datacenter_id, organization_id, country_code, priority, approvals_required)
       SELECT id, datacenter_id, organization_id, country_code, $2, $3 FROM attestations WHERE id = $1 RETURNING id`,
      [attestationId, options.priority ?? 50, options.approvalsRequired ?? 1],
    )) as { id: string }[];
    return { attestationId, itemId: item.id };
  };

  const claim = (itemId: string, auditor: TestUser) => request(server()).post(`/api/v1/review-queue/${itemId}/claim`).set(as(auditor)).send();
  const decide = (attestationId: string, auditor: TestUser, body: object) => request(server()).post(`/api/v1/attestations/${attestationId}/decisions`).set(as(auditor)).send(body);
  const detail = async (attestationId: string, headers: Headers) => (await request(server()).get(`/api/v1/attestations/${attestationId}`).set(headers).expect(200)).body;
  const datacenterOf = async (facility: Site) => (await request(server()).get(`/api/v1/datacenters/${facility.datacenterId}`).set(facility.operator).expect(200)).body;
  const auditActions = async (entityId: string) => ((await db().query('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq', [entityId])) as { action: string }[]).map((row) => row.action);

  beforeAll(async () => {
    // The review, findings and comments modules, mounted beside the app until app.module registers them.
    api = await startTestApi({}, [ReviewModule, FindingsModule, CommentsModule]);
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    auditors = [];
    for (let index = 0; index < 5; index += 1) auditors.push(await actors.user('auditor'));
    regulator = await actors.user('regulator');
    stranger = await actors.operatorOf(await actors.organization('FR'));
  });
  afterAll(() => api.close());

  describe('the queue', () => {
    it('lists open items riskiest first, then oldest, with facility, organisation, H100-equivalents and finding counts', async () => {
      const facility = await site('NZ', 'NVIDIA,H100 SXM5 80GB,1000');
      const low = await reviewable(facility, { priority: 10 });
      const other = await site('NZ');
      const high = await reviewable(other, { priority: 90 });
      const alsoHigh = await reviewable(await site('NZ'), { priority: 90 });
      await request(server())
        .post(`/api/v1/attestations/${low.attestationId}/findings`)
        .set(as(auditors[0]))
        .send({ code: 'PENTEST_SCOPE', severity: 'minor', message: 'Scope excludes the management network.' })
        .expect(201);

      const page = (await request(server()).get('/api/v1/review-queue?country=NZ').set(as(auditors[0])).expect(200)).body;
      expect(page.items.map((item: { id: string }) => item.id)).toEqual([high.itemId, alsoHigh.itemId, low.itemId]);
      const lowItem = page.items[2];
      expect(lowItem).toMatchObject({
        priority: 10,
        secondApproval: false,
        approvalsRequired: 1,
        claim: null,
        attestation: { id: low.attestationId, version: 1, status: 'in_review', submittedAt: expect.any(String) },
        datacenter: { id: facility.datacenterId, countryCode: 'NZ', tier: 1, complianceStatus: 'pending' },
        organization: { id: facility.organizationId, name: expect.stringContaining('Reviewed Org') },
        findings: { open: { blocker: 0, major: 0, minor: 1, info: 0 }, total: 1 },
        ageSeconds: expect.any(Number),
      });
      expect(lowItem.datacenter.h100Equivalents).toBeGreaterThan(900);

      const first = (await request(server()).get('/api/v1/review-queue?country=NZ&limit=2').set(as(auditors[0])).expect(200)).body;
      expect(first.items.map((item: { id: string }) => item.id)).toEqual([high.itemId, alsoHigh.itemId]);
      const second = (await request(server()).get(`/api/v1/review-queue?country=NZ&limit=2&cursor=${first.nextCursor}`).set(as(auditors[0])).expect(200)).body;
      expect(second).toEqual({ items: [expect.objectContaining({ id: low.itemId })], nextCursor: null });
      await request(server()).get('/api/v1/review-queue?cursor=not-a-cursor').set(as(auditors[0])).expect(400);

      const minor = (await request(server()).get('/api/v1/review-queue?country=NZ&severity=minor').set(as(auditors[0])).expect(200)).body;
      expect(minor.items.map((item: { id: string }) => item.id)).toEqual([low.itemId]);
    });

    it('filters by tier of the active policy and by claim (unclaimed, mine)', async () => {
      const tier2 = await reviewable(await site('SG'));
      const tier1 = await reviewable(await site('DE'));
      const ids = async (query: string, auditor = auditors[1]) =>
        ((await request(server()).get(`/api/v1/review-queue?${query}&limit=200`).set(as(auditor)).expect(200)).body.items as { id: string }[]).map((item) => item.id);
      expect(await ids('tier=2')).toContain(tier2.itemId);
      expect(await ids('tier=2')).not.toContain(tier1.itemId);

      await claim(tier2.itemId, auditors[1]).expect(200);
      expect(await ids('claim=mine')).toEqual([tier2.itemId]);
      expect(await ids('claim=unclaimed')).not.toContain(tier2.itemId);
      expect(await ids('claim=unclaimed')).toContain(tier1.itemId);
      expect(await ids('claim=mine', auditors[2])).toEqual([]);
      await request(server()).post(`/api/v1/review-queue/${tier2.itemId}/release`).set(as(auditors[1])).expect(200);
    });

    it('answers 400 naming the cursor, never 500, for a queue position it did not issue', async () => {
      const position = { priority: 50, createdAt: '2026-05-01T10:00:00.123Z', id: '2f1c9a9e-0a4b-4c1e-9f3e-1d2a3b4c5d6e' };
      const forged = [
        { ...position, createdAt: '1' },
        { ...position, createdAt: '0000-12-31T23:59:59.999Z' },
        { ...position, id: '0-0a0aa0-a-a0-0aa--00-0a0aa0a0a-0-0a' },
        { ...position, priority: 1e12 },
        { ...position, claim: 'mine' },
      ];
      for (const fields of forged) {
        const cursor = Buffer.from(JSON.stringify(fields)).toString('base64url');
        const response = await request(server()).get(`/api/v1/review-queue?cursor=${cursor}`).set(as(auditors[0])).expect(400);
        expect(response.body).toEqual({
          statusCode: 400,
          error: 'Bad Request',
          message: expect.stringContaining('cursor: not a cursor issued by this API'),
          details: [{ field: 'cursor', problems: [expect.any(String)] }],
        });
      }
      const issued = Buffer.from(JSON.stringify(position)).toString('base64url');
      await request(server()).get(`/api/v1/review-queue?cursor=${issued}`).set(as(auditors[0])).expect(200);
    });

    it('is for auditors: operators and regulators get 403', async () => {
      const facility = await site();
      await request(server()).get('/api/v1/review-queue').set(facility.operator).expect(403);
      await request(server()).get('/api/v1/review-queue/stats').set(facility.operator).expect(403);
      await request(server()).get('/api/v1/review-queue').set(as(regulator)).expect(403);
    });

    it('reports depth, oldest age and decision times, also as Prometheus metrics', async () => {
      await reviewable(await site(), { priority: 85 });
      const stats = (await request(server()).get('/api/v1/review-queue/stats').set(as(auditors[0])).expect(200)).body;
      expect(stats.depth.total).toBeGreaterThan(0);
      expect(stats.depth.byPriority['80-100']).toBeGreaterThan(0);
      expect(stats.oldestItemAgeSeconds).toEqual(expect.any(Number));
      expect(stats.decisions).toMatchObject({ windowDays: 30, count: expect.any(Number) });
      const metrics = (await request(server()).get('/metrics').expect(200)).text;
      expect(metrics).toMatch(/tiergate_review_queue_items\{priority_band="80-100"\} [1-9]/);
      expect(metrics).toContain('tiergate_review_queue_oldest_item_age_seconds');
      expect(metrics).toContain('tiergate_review_decision_duration_seconds');
    });
  });

  describe('claims', () => {
    it('gives one of 20 simultaneous claims by 5 auditors the lease and 409 to the rest', async () => {
      const { itemId } = await reviewable(await site());
      const responses = await Promise.all(Array.from({ length: 20 }, (_unused, index) => claim(itemId, auditors[index % 5])));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      const winner = responses.find((response) => response.status === 200)?.body as { claimedBy: string; leaseUntil: string };
      const [row] = await db().query('SELECT claimed_by FROM review_items WHERE id = $1', [itemId]);
      expect(row.claimed_by).toBe(winner.claimedBy);
      expect(await auditActions(itemId)).toEqual(['review.claimed']);
    });

    it('renews the holder’s lease once it has run a minute, releases only for the holder, and answers 404 for an unknown item', async () => {
      const { itemId } = await reviewable(await site());
      const first = (await claim(itemId, auditors[0]).expect(200)).body;
      // Straight away a repeated claim is a duplicate, not a renewal.
      await claim(itemId, auditors[0]).expect(409);
      api.app.get(Clock).advance(5 * MINUTE);
      const renewed = (await claim(itemId, auditors[0]).expect(200)).body;
      expect(renewed.renewed).toBe(true);
      expect(Date.parse(renewed.leaseUntil)).toBeGreaterThan(Date.parse(first.leaseUntil));
      await request(server()).post(`/api/v1/review-queue/${itemId}/release`).set(as(auditors[1])).expect(409);
      await request(server()).post(`/api/v1/review-queue/${itemId}/release`).set(as(auditors[0])).expect(200);
      await claim(itemId, auditors[1]).expect(200);
      expect(await auditActions(itemId)).toEqual(['review.claimed', 'review.lease_renewed', 'review.released', 'review.claimed']);
      await claim('00000000-0000-4000-8000-000000000000', auditors[0]).expect(404);
    });

    it('returns an item to the queue when its lease expires', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      await claim(itemId, auditors[0]).expect(200);
      await claim(itemId, auditors[1]).expect(409);
      api.app.get(Clock).advance(31 * MINUTE);
      const queue = (await request(server()).get('/api/v1/review-queue?claim=unclaimed&limit=200').set(as(auditors[1])).expect(200)).body;
      expect(queue.items.map((item: { id: string }) => item.id)).toContain(itemId);
      await claim(itemId, auditors[1]).expect(200);
      await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(409);
      await request(server()).post(`/api/v1/review-queue/${itemId}/release`).set(as(auditors[0])).expect(409);
    });

    it('keeps auditors away from organisations they declared an affiliation with', async () => {
      const facility = await site();
      const { itemId } = await reviewable(facility);
      const auditor = auditors[3];
      await claim(itemId, auditor).expect(200);
      const declared = (await request(server()).post('/api/v1/review/affiliations').set(as(auditor)).send({ organizationId: facility.organizationId, note: 'Former employer' }).expect(201)).body;
      await request(server()).post('/api/v1/review/affiliations').set(as(auditor)).send({ organizationId: facility.organizationId }).expect(409);
      await request(server()).post('/api/v1/review/affiliations').set(as(auditor)).send({ organizationId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      // Declaring released the lease it held on that organisation's item.
      const [row] = await db().query('SELECT claimed_by FROM review_items WHERE id = $1', [itemId]);
      expect(row.claimed_by).toBeNull();

      const refused = await claim(itemId, auditor).expect(403);
      expect(refused.body.message).toMatch(/affiliation/);
      const queue = (await request(server()).get('/api/v1/review-queue?limit=200').set(as(auditor)).expect(200)).body;
      expect(queue.items.map((item: { id: string }) => item.id)).not.toContain(itemId);
      const listed = (await request(server()).get('/api/v1/review/affiliations').set(as(auditor)).expect(200)).body;
      expect(listed.items).toEqual([expect.objectContaining({ id: declared.id, organizationId: facility.organizationId, note: 'Former employer' })]);

      // Another auditor cannot remove a declaration its author did not ask to withdraw.
      await request(server()).delete(`/api/v1/review/affiliations/${declared.id}`).set(as(auditors[4])).expect(404);
      await request(server()).delete(`/api/v1/review/affiliations/${declared.id}`).set(as(auditor)).expect(202);
      await request(server()).delete(`/api/v1/review/affiliations/${declared.id}`).set(as(auditors[4])).expect(204);
      await claim(itemId, auditor).expect(200);
      expect(await auditActions(declared.id)).toEqual(['review.affiliation_declared', 'review.affiliation_removal_requested', 'review.affiliation_removed']);
    });

    it('withdraws a declaration only when an admin or another auditor confirms the declarer’s request, auditing both steps', async () => {
      const facility = await site();
      const { itemId } = await reviewable(facility);
      const auditor = auditors[3];
      const declared = (await request(server()).post('/api/v1/review/affiliations').set(as(auditor)).send({ organizationId: facility.organizationId, note: 'Consulting client' }).expect(201)).body;
      const path = `/api/v1/review/affiliations/${declared.id}`;

      // Nobody removes a declaration its author has not asked to withdraw.
      await request(server())
        .delete(path)
        .set(await actors.admin())
        .expect(409);
      const requested = (await request(server()).delete(path).set(as(auditor)).expect(202)).body;
      expect(requested).toMatchObject({ id: declared.id, removalRequestedAt: expect.any(String) });
      // Asking is not removing: the declaration stays in force, and its author cannot confirm it.
      expect((await claim(itemId, auditor).expect(403)).body.message).toMatch(/affiliation/);
      expect((await request(server()).delete(path).set(as(auditor)).expect(409)).body.message).toMatch(/admin or another auditor/);
      await request(server()).delete(path).set(as(regulator)).expect(403);

      const pending = (await request(server()).get('/api/v1/review/affiliations?removal=requested&limit=200').set(as(auditors[4])).expect(200)).body;
      expect(pending.items).toContainEqual(expect.objectContaining({ id: declared.id, auditorId: auditor.id, removalRequestedAt: requested.removalRequestedAt }));
      await request(server()).get('/api/v1/review/affiliations?removal=maybe').set(as(auditors[4])).expect(400);

      await request(server())
        .delete(path)
        .set(await actors.admin())
        .expect(204);
      await request(server())
        .delete(path)
        .set(await actors.admin())
        .expect(404);
      await claim(itemId, auditor).expect(200);
      const entries = (await db().query('SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY seq', [declared.id])) as { action: string; actor_id: string }[];
      expect(entries.map((entry) => entry.action)).toEqual(['review.affiliation_declared', 'review.affiliation_removal_requested', 'review.affiliation_removed']);
      expect(entries[2].actor_id).not.toBe(auditor.id);
    });
  });

  describe('decisions', () => {
    it('takes decisions from the lease holder only, with a rationale of at least 20 characters', async () => {
      const { attestationId, itemId } = await reviewable(await site());
      await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(409);
      await claim(itemId, auditors[0]).expect(200);
      await decide(attestationId, auditors[1], { decision: 'approve', rationale: RATIONALE }).expect(409);
      const short = await decide(attestationId, auditors[0], { decision: 'approve', rationale: 'fine' }).expect(400);
      expect(short.body.details).toEqual([expect.objectContaining({ field: 'rationale' })]);
      await decide(attestationId, auditors[0], { decision: 'maybe', rationale: RATIONALE }).expect(400);
      const facility = await site();
      await request(server()).post(`/api/v1/attestations/${attestationId}/decisions`).set(facility.operator).send({ decision: 'approve', rationale: RATIONALE }).expect(403);
    });

    it('approves in one step: attestation approved, facility compliant with its next audit, re-audit scheduled, item closed', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      await claim(itemId, auditors[0]).expect(200);
      const now = api.app.get(Clock).now().getTime();
      const receipt = (await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(201)).body;
      expect(receipt).toMatchObject({ decision: 'approve', outcome: 'approved', attestation: { status: 'approved' }, reviewItem: { status: 'closed' } });
      const validFrom = Date.parse(receipt.attestation.validFrom);
      expect(Math.abs(validFrom - now)).toBeLessThan(MINUTE);
      // The reference pack's shortest re-audit interval among the claimed controls bounds validity.
      expect(Date.parse(receipt.attestation.validUntil) - validFrom).toBeGreaterThanOrEqual(90 * 24 * 60 * MINUTE);

      const datacenter = await datacenterOf(facility);
      expect(datacenter.complianceStatus).toBe('compliant');
      expect(datacenter.nextAuditDue).toBe(receipt.attestation.validUntil);
      const [event] = await db().query(`SELECT payload FROM outbox WHERE event_type = 'reaudit.scheduled' AND payload->>'attestationId' = $1`, [attestationId]);
      expect(event.payload.expireAt).toBe(receipt.attestation.validUntil);
      expect(Date.parse(event.payload.remindAt)).toBe(Date.parse(receipt.attestation.validUntil) - 30 * 24 * 60 * MINUTE);
      const [item] = await db().query('SELECT status, closed_at, claimed_by FROM review_items WHERE id = $1', [itemId]);
      expect(item).toMatchObject({ status: 'closed', claimed_by: null, closed_at: expect.any(Date) });

      const view = await detail(attestationId, facility.operator);
      expect(view.reviews).toEqual([expect.objectContaining({ auditorId: auditors[0].id, decision: 'approve', outcome: 'approved', rationale: RATIONALE })]);
      expect(view.history.map((step: { event: string }) => step.event)).toEqual(['create', 'submit', 'approve']);
      expect(await auditActions(attestationId)).toContain('attestation.approve');
      await decide(attestationId, auditors[0], { decision: 'reject', rationale: RATIONALE }).expect(409);
    });

    it('supersedes the earlier approved version when an amendment is approved', async () => {
      const facility = await site();
      const v1 = await reviewable(facility);
      await claim(v1.itemId, auditors[0]).expect(200);
      await decide(v1.attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(201);
      const draft = (await request(server()).post(`/api/v1/attestations/${v1.attestationId}/amend`).set(facility.operator).expect(201)).body;
      const v2 = await reviewable(facility, { draftId: draft.id });
      await claim(v2.itemId, auditors[1]).expect(200);
      await decide(v2.attestationId, auditors[1], { decision: 'approve', rationale: RATIONALE }).expect(201);
      expect((await detail(v1.attestationId, facility.operator)).status).toBe('superseded');
      expect((await detail(v2.attestationId, facility.operator)).status).toBe('approved');
      expect((await datacenterOf(facility)).complianceStatus).toBe('compliant');
    });

    it('needs two different auditors under four-eyes; the first approval returns the item to the queue', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility, { approvalsRequired: 2 });
      await claim(itemId, auditors[0]).expect(200);
      const first = (await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(201)).body;
      expect(first).toMatchObject({ outcome: 'first_approval', attestation: { status: 'in_review' }, reviewItem: { status: 'open', approvalsRequired: 2 } });

      const queued = (await request(server()).get('/api/v1/review-queue?claim=unclaimed&limit=200').set(as(auditors[2])).expect(200)).body.items.find((item: { id: string }) => item.id === itemId);
      expect(queued).toMatchObject({ secondApproval: true, claim: null, approvals: [expect.objectContaining({ auditorId: auditors[0].id })] });

      await claim(itemId, auditors[0]).expect(200);
      const again = await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(409);
      expect(again.body.message).toMatch(/different auditor/);
      await request(server()).post(`/api/v1/review-queue/${itemId}/release`).set(as(auditors[0])).expect(200);

      await claim(itemId, auditors[1]).expect(200);
      const second = (await decide(attestationId, auditors[1], { decision: 'approve', rationale: RATIONALE }).expect(201)).body;
      expect(second).toMatchObject({ outcome: 'approved', attestation: { status: 'approved' }, reviewItem: { status: 'closed' } });
      expect((await datacenterOf(facility)).complianceStatus).toBe('compliant');
      const view = await detail(attestationId, as(regulator));
      expect(view.reviews.map((review: { outcome: string }) => review.outcome)).toEqual(['first_approval', 'approved']);
      expect(view.history.map((step: { event: string }) => step.event)).toEqual(['create', 'submit', 'record_first_approval', 'approve']);
    });

    it('refuses approval while a blocker finding is open (409), and a major finding makes it four-eyes', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      const blocker = (
        await request(server())
          .post(`/api/v1/attestations/${attestationId}/findings`)
          .set(as(auditors[2]))
          .send({ code: 'tier3_ties_found', severity: 'blocker', message: 'A customer is a listed military end user.', controlId: 'C1-NO-T3-MILITARY-TIES' })
          .expect(201)
      ).body;
      expect(blocker).toMatchObject({ code: 'TIER3_TIES_FOUND', source: 'auditor', createdBy: auditors[2].id, status: 'open' });
      await request(server()).post(`/api/v1/attestations/${attestationId}/findings`).set(as(auditors[2])).send({ code: 'X_Y', severity: 'minor', message: 'x', controlId: 'C9-NOPE' }).expect(400);

      await claim(itemId, auditors[0]).expect(200);
      const refused = await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(409);
      expect(refused.body.message).toMatch(/TIER3_TIES_FOUND/);
      expect((await detail(attestationId, facility.operator)).status).toBe('in_review');

      // Closing a blocker takes two auditors (see the findings tests); then the approval goes through under four-eyes.
      await request(server()).patch(`/api/v1/findings/${blocker.id}`).set(as(auditors[0])).send({ status: 'closed', note: 'Customer relationship ended; contract termination on file.' }).expect(200);
      await request(server()).post(`/api/v1/review-queue/${itemId}/release`).set(as(auditors[0])).expect(200);
      await claim(itemId, auditors[1]).expect(200);
      await request(server()).patch(`/api/v1/findings/${blocker.id}`).set(as(auditors[1])).send({ status: 'closed' }).expect(200);
      const first = (await decide(attestationId, auditors[1], { decision: 'approve', rationale: RATIONALE }).expect(201)).body;
      expect(first).toMatchObject({ outcome: 'first_approval', reviewItem: { approvalsRequired: 2 } });
    });

    it('raises findings with a decision, in the same transaction', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      await claim(itemId, auditors[0]).expect(200);
      const receipt = (
        await decide(attestationId, auditors[0], {
          decision: 'approve',
          rationale: RATIONALE,
          findings: [{ code: 'DOC_GAP', severity: 'major', message: 'The insider-threat policy is a draft.' }],
        }).expect(201)
      ).body;
      // The major finding raised with it turns the approval into the first of two.
      expect(receipt).toMatchObject({ outcome: 'first_approval', findings: [expect.objectContaining({ code: 'DOC_GAP', severity: 'major' })] });
      expect(receipt.findingIds).toEqual([receipt.findings[0].id]);
      expect((await detail(attestationId, facility.operator)).findings).toEqual([expect.objectContaining({ code: 'DOC_GAP', status: 'open' })]);
    });

    it('rejects: attestation rejected, facility non_compliant, operator notified', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      await claim(itemId, auditors[0]).expect(200);
      const receipt = (await decide(attestationId, auditors[0], { decision: 'reject', rationale: 'The ownership chart does not reach the parent.' }).expect(201)).body;
      expect(receipt).toMatchObject({ outcome: 'rejected', attestation: { status: 'rejected' }, reviewItem: { status: 'closed' } });
      expect((await datacenterOf(facility)).complianceStatus).toBe('non_compliant');
      const [notification] = await db().query(`SELECT kind FROM notifications WHERE organization_id = $1 AND data->>'attestationId' = $2`, [facility.organizationId, attestationId]);
      expect(notification.kind).toBe('attestation.rejected');
    });

    it('requests changes: the operator is notified and can amend', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      await claim(itemId, auditors[0]).expect(200);
      await decide(attestationId, auditors[0], { decision: 'request_changes', rationale: 'Upload the 2026 penetration test report.' }).expect(201);
      expect((await detail(attestationId, facility.operator)).status).toBe('changes_requested');
      expect((await datacenterOf(facility)).complianceStatus).toBe('pending');
      const [notification] = await db().query(`SELECT kind, data FROM notifications WHERE organization_id = $1 AND data->>'attestationId' = $2`, [facility.organizationId, attestationId]);
      expect(notification).toMatchObject({ kind: 'attestation.changes_requested', data: { rationale: 'Upload the 2026 penetration test report.' } });
      const amended = (await request(server()).post(`/api/v1/attestations/${attestationId}/amend`).set(facility.operator).expect(201)).body;
      expect(amended).toMatchObject({ status: 'draft', version: 2, amendsId: attestationId });
    });

    it('shows decisions and findings to the attestation’s own organisation only', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      await claim(itemId, auditors[0]).expect(200);
      await decide(attestationId, auditors[0], { decision: 'reject', rationale: RATIONALE, findings: [{ code: 'HIDDEN_FROM_OTHERS', severity: 'minor', message: 'x' }] }).expect(201);
      expect((await detail(attestationId, facility.operator)).reviews).toHaveLength(1);
      await request(server()).get(`/api/v1/attestations/${attestationId}`).set(stranger).expect(404);
      expect((await request(server()).get(`/api/v1/findings?attestationId=${attestationId}`).set(stranger).expect(200)).body.items).toEqual([]);
      expect((await request(server()).get(`/api/v1/findings?attestationId=${attestationId}`).set(facility.operator).expect(200)).body.items).toHaveLength(1);
      await request(server()).post(`/api/v1/attestations/${attestationId}/decisions`).set(stranger).send({ decision: 'approve', rationale: RATIONALE }).expect(403);
    });
  });

  describe('findings', () => {
    it('lets the operator answer and remediate, and an auditor close or reopen, recording each step', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      const finding = (
        await request(server())
          .post(`/api/v1/attestations/${attestationId}/findings`)
          .set(as(auditors[0]))
          .send({ code: 'CERT_SCOPE', severity: 'minor', message: 'The certificate scope omits hall B.' })
          .expect(201)
      ).body;
      const path = `/api/v1/findings/${finding.id}`;

      await request(server()).patch(path).set(facility.operator).send({ status: 'closed' }).expect(400);
      await request(server()).patch(path).set(facility.operator).send({ status: 'remediated' }).expect(400);
      const remediated = (await request(server()).patch(path).set(facility.operator).send({ status: 'remediated', response: 'Hall B was added to the certificate scope.' }).expect(200)).body;
      expect(remediated).toMatchObject({ status: 'remediated', response: 'Hall B was added to the certificate scope.' });
      await request(server()).patch(path).set(facility.operator).send({ status: 'remediated', response: 'again' }).expect(409);

      await request(server()).patch(path).set(as(auditors[1])).send({ status: 'remediated' }).expect(400);
      await request(server()).patch(path).set(as(auditors[1])).send({ status: 'open', note: 'The new scope still omits the cooling plant.' }).expect(200);
      await claim(itemId, auditors[1]).expect(200);
      await request(server()).patch(path).set(as(auditors[1])).send({ status: 'closed' }).expect(200);
      await request(server()).patch(path).set(as(auditors[1])).send({ status: 'closed' }).expect(409);

      await request(server()).patch(path).set(stranger).send({ status: 'remediated', response: 'x' }).expect(404);
      await request(server()).patch(path).set(as(regulator)).send({ status: 'closed' }).expect(403);
      expect(await auditActions(finding.id)).toEqual(['finding.created', 'finding.remediated', 'finding.reopened', 'finding.closed']);
    });

    it('closes a finding only for the auditor holding the review lease who is not affiliated with the organisation', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      const raise = async () =>
        (
          await request(server())
            .post(`/api/v1/attestations/${attestationId}/findings`)
            .set(as(auditors[0]))
            .send({ code: 'ACCESS_LOG_GAP', severity: 'minor', message: 'Badge logs for May are missing.' })
            .expect(201)
        ).body;
      const finding = await raise();
      const close = (auditor: TestUser, findingId = finding.id as string) => request(server()).patch(`/api/v1/findings/${findingId}`).set(as(auditor)).send({ status: 'closed' });

      expect((await close(auditors[0]).expect(409)).body.message).toMatch(/holding the lease/);
      await claim(itemId, auditors[1]).expect(200);
      expect((await close(auditors[0]).expect(409)).body.message).toMatch(/holding the lease/);

      // A declaration made while holding the lease releases it; and an affiliated auditor judges none of the organisation's findings.
      await request(server()).post('/api/v1/review/affiliations').set(as(auditors[1])).send({ organizationId: facility.organizationId }).expect(201);
      expect((await close(auditors[1]).expect(403)).body.message).toMatch(/conflict of interest/);
      await request(server()).patch(`/api/v1/findings/${finding.id}`).set(as(auditors[1])).send({ status: 'open' }).expect(403);
      expect((await request(server()).get(`/api/v1/findings?attestationId=${attestationId}`).set(facility.operator).expect(200)).body.items[0].status).toBe('open');

      await claim(itemId, auditors[2]).expect(200);
      expect((await close(auditors[2]).expect(200)).body).toMatchObject({ status: 'closed', closeProposal: null });
      expect(await auditActions(finding.id)).toEqual(['finding.created', 'finding.closed']);

      // Once the review is decided nobody holds the lease, so nobody closes what is left open.
      const late = await raise();
      await decide(attestationId, auditors[2], { decision: 'reject', rationale: RATIONALE }).expect(201);
      expect((await close(auditors[2], late.id).expect(409)).body.message).toMatch(/no review in progress/);
    });

    it('closes a blocker only when a second, different auditor holding the lease confirms the first one’s proposal', async () => {
      const facility = await site();
      const { attestationId, itemId } = await reviewable(facility);
      const blocker = (
        await request(server())
          .post(`/api/v1/attestations/${attestationId}/findings`)
          .set(as(auditors[2]))
          .send({ code: 'MILITARY_END_USER', severity: 'blocker', message: 'A customer is a listed military end user.' })
          .expect(201)
      ).body;
      const path = `/api/v1/findings/${blocker.id}`;

      await claim(itemId, auditors[0]).expect(200);
      const proposed = (await request(server()).patch(path).set(as(auditors[0])).send({ status: 'closed', note: 'Contract terminated; notice on file.' }).expect(200)).body;
      expect(proposed).toMatchObject({ status: 'open', closeProposal: { proposedBy: auditors[0].id, proposedAt: expect.any(String), note: 'Contract terminated; notice on file.' } });
      // Proposed is not closed: the blocker still bars approval, and its proposer cannot confirm it.
      expect((await decide(attestationId, auditors[0], { decision: 'approve', rationale: RATIONALE }).expect(409)).body.message).toMatch(/MILITARY_END_USER/);
      expect((await request(server()).patch(path).set(as(auditors[0])).send({ status: 'closed' }).expect(409)).body.message).toMatch(/second auditor/);

      await request(server()).post(`/api/v1/review-queue/${itemId}/release`).set(as(auditors[0])).expect(200);
      await request(server()).patch(path).set(as(auditors[1])).send({ status: 'closed' }).expect(409);
      await claim(itemId, auditors[1]).expect(200);
      const closed = (await request(server()).patch(path).set(as(auditors[1])).send({ status: 'closed' }).expect(200)).body;
      expect(closed).toMatchObject({ status: 'closed', closeProposal: null });

      // Reopening starts the two-auditor closure afresh.
      await request(server()).patch(path).set(as(auditors[1])).send({ status: 'open', note: 'The termination notice is unsigned.' }).expect(200);
      expect((await request(server()).patch(path).set(as(auditors[1])).send({ status: 'closed' }).expect(200)).body).toMatchObject({ status: 'open', closeProposal: { proposedBy: auditors[1].id } });

      const entries = (await db().query('SELECT action, actor_id, payload FROM audit_log WHERE entity_id = $1 ORDER BY seq', [blocker.id])) as {
        action: string;
        actor_id: string;
        payload: Record<string, unknown>;
      }[];
      expect(entries.map((entry) => entry.action)).toEqual(['finding.created', 'finding.close_proposed', 'finding.closed', 'finding.reopened', 'finding.close_proposed']);
      expect(entries[1].actor_id).toBe(auditors[0].id);
      expect(entries[2]).toMatchObject({ actor_id: auditors[1].id, payload: { proposedBy: auditors[0].id } });
    });

    it('lists findings within scope, with filters', async () => {
      const facility = await site();
      const { attestationId } = await reviewable(facility);
      for (const severity of ['major', 'info']) {
        await request(server())
          .post(`/api/v1/attestations/${attestationId}/findings`)
          .set(as(auditors[0]))
          .send({ code: 'SCOPED_FINDING', severity, message: `A ${severity} one.` })
          .expect(201);
      }
      const own = (await request(server()).get(`/api/v1/findings?datacenterId=${facility.datacenterId}`).set(facility.operator).expect(200)).body;
      expect(own.items).toHaveLength(2);
      const majors = (await request(server()).get(`/api/v1/findings?datacenterId=${facility.datacenterId}&severity=major&status=open&code=scoped_finding`).set(as(regulator)).expect(200)).body;
      expect(majors.items).toEqual([expect.objectContaining({ severity: 'major', code: 'SCOPED_FINDING', attestationId })]);
      const foreign = (await request(server()).get(`/api/v1/findings?datacenterId=${facility.datacenterId}`).set(stranger).expect(200)).body;
      expect(foreign.items).toEqual([]);
      await request(server()).get('/api/v1/findings?severity=huge').set(facility.operator).expect(400);
      await request(server()).post(`/api/v1/attestations/${attestationId}/findings`).set(facility.operator).send({ code: 'SELF', severity: 'info', message: 'x' }).expect(403);
    });
  });

  describe('comments', () => {
    it('is a thread between the operator and auditors that regulators read; other organisations get 404', async () => {
      const facility = await site();
      const { attestationId } = await reviewable(facility);
      const path = `/api/v1/attestations/${attestationId}/comments`;
      const question = (await request(server()).post(path).set(as(auditors[0])).send({ body: 'Which halls does the pentest cover?' }).expect(201)).body;
      expect(question).toMatchObject({ attestationId, author: { id: auditors[0].id, role: 'auditor' }, body: 'Which halls does the pentest cover?' });
      await request(server()).post(path).set(facility.operator).send({ body: 'Halls A and B; C is decommissioned.' }).expect(201);
      await request(server()).post(path).set(facility.operator).send({ body: '   ' }).expect(400);

      const thread = (await request(server()).get(path).set(as(regulator)).expect(200)).body;
      expect(thread.items.map((comment: { author: { role: string } }) => comment.author.role)).toEqual(['auditor', 'operator']);
      await request(server()).post(path).set(as(regulator)).send({ body: 'May I?' }).expect(403);
      await request(server()).get(path).set(stranger).expect(404);
      await request(server()).post(path).set(stranger).send({ body: 'Hello' }).expect(404);
      expect(await auditActions(question.id)).toEqual(['comment.created']);
    });
  });
});
