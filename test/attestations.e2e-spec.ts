import { generateKeyPairSync } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { signEnvelope } from '@tiergate/domain';
import { TestActors, type Headers } from './setup/actors';
import { AttestationFixture, PDF_BYTES, PNG_BYTES } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';

describe('attestations: drafts, evidence, signing and submission', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let organizationId: string;
  let operator: Headers;
  let stranger: Headers;
  const MAX_BYTES = 64 * 1024;

  const newDatacenter = async (name = `DC ${Math.random().toString(36).slice(2, 8)}`) =>
    (await request(api.server).post('/api/v1/datacenters').set(operator).send({ name, countryCode: 'DE' }).expect(201)).body.id as string;
  const submittedEvents = async (attestationId: string) =>
    (await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = 'attestation.submitted' AND payload->>'attestationId' = $1`, [attestationId]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi({ EVIDENCE_MAX_BYTES: String(MAX_BYTES) });
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    organizationId = await actors.organization('DE');
    operator = await actors.operatorOf(organizationId);
    stranger = await actors.operatorOf(await actors.organization('FR'));
  });
  afterAll(() => api.close());

  it('takes a draft through evidence to submission, recording every step', async () => {
    const datacenterId = await newDatacenter();
    const id = await fixture.draft(datacenterId, operator);
    const draft = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body;
    expect(draft).toMatchObject({ datacenterId, status: 'draft', version: 1, evidence: [], findings: [], reviews: [] });
    expect(draft.history).toEqual([expect.objectContaining({ from: null, to: 'draft', event: 'create' })]);

    await fixture.attachRequiredEvidence(id, operator);
    const withEvidence = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body;
    expect(withEvidence.evidence[0]).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: PDF_BYTES.length, mediaType: 'application/pdf' });

    const content = await request(api.server)
      .get(`/api/v1/evidence/${withEvidence.evidence[0].id}/content`)
      .set(operator)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(content.body as Buffer, PDF_BYTES)).toBe(0);

    const submitted = await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);
    expect(submitted.body).toMatchObject({ id, status: 'submitted', statementSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await submittedEvents(id)).toBe(1);

    const after = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body;
    expect(after.history.map((step: { event: string }) => step.event)).toEqual(['create', 'submit']);
    const datacenter = (await request(api.server).get(`/api/v1/datacenters/${datacenterId}`).set(operator).expect(200)).body;
    expect(datacenter.complianceStatus).toBe('pending');
  });

  it('lists everything missing on an incomplete submit, in one 400', async () => {
    const id = await fixture.draft(await newDatacenter(), operator);
    const response = await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(400);
    const missing = response.body.details[0].problems as string[];
    expect(missing).toEqual(expect.arrayContaining(['C2-HW-ORIGIN: hardware_inventory evidence is required', 'C3-TIER1-CONTROL: ownership_chart evidence is required']));
    expect(missing.length).toBeGreaterThanOrEqual(8);
    expect(await submittedEvents(id)).toBe(0);
  });

  it('rejects claims for unknown controls, duplicates and waivers of mandatory controls, naming each', async () => {
    const datacenterId = await newDatacenter();
    const response = await request(api.server)
      .post(`/api/v1/datacenters/${datacenterId}/attestations`)
      .set(operator)
      .send({
        claims: [
          { controlId: 'C9-MADE-UP', status: 'compliant', statement: 'x' },
          { controlId: 'C2-HW-ORIGIN', status: 'not_applicable', statement: 'x' },
          { controlId: 'C2-HW-ORIGIN', status: 'compliant', statement: 'x' },
        ],
      })
      .expect(400);
    expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toEqual(['claims[0].controlId', 'claims[1].status', 'claims[2].controlId']);
  });

  it('answers a repeated submit with the same Idempotency-Key with the same receipt and no second event; without it, 409', async () => {
    const id = await fixture.draft(await newDatacenter(), operator);
    await fixture.attachRequiredEvidence(id, operator);
    const [first, second] = await Promise.all([
      request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).set('Idempotency-Key', 'submit-once-42').send({}),
      request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).set('Idempotency-Key', 'submit-once-42').send({}),
    ]);
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.body).toEqual(first.body);
    expect(await submittedEvents(id)).toBe(1);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(409);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).set('Idempotency-Key', 'another').send({}).expect(409);
  });

  it('freezes a submitted attestation: edits, uploads and deletions answer 409', async () => {
    const id = await fixture.draft(await newDatacenter(), operator);
    await fixture.attachRequiredEvidence(id, operator);
    const evidenceId = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.evidence[0].id;
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);
    await request(api.server).patch(`/api/v1/attestations/${id}`).set(operator).send({ counterparties: [] }).expect(409);
    await fixture.upload(id, operator, { type: 'certificate', controlIds: 'C4-CYBER-BASELINE' }).expect(409);
    await request(api.server).delete(`/api/v1/evidence/${evidenceId}`).set(operator).expect(409);
    await request(api.server).post(`/api/v1/attestations/${id}/withdraw`).set(operator).expect(200);
    await request(api.server).post(`/api/v1/attestations/${id}/withdraw`).set(operator).expect(409);
  });

  it('answers 404 to another organisation on every attestation and evidence route', async () => {
    const id = await fixture.draft(await newDatacenter(), operator);
    await fixture.upload(id, operator, { type: 'certificate', controlIds: 'C4-CYBER-BASELINE' }).expect(201);
    const evidenceId = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.evidence[0].id;
    const datacenterId = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.datacenterId;
    await request(api.server).post(`/api/v1/datacenters/${datacenterId}/attestations`).set(stranger).send({ claims: [] }).expect(404);
    await request(api.server).get(`/api/v1/attestations/${id}`).set(stranger).expect(404);
    await request(api.server).patch(`/api/v1/attestations/${id}`).set(stranger).send({}).expect(404);
    await request(api.server).get(`/api/v1/attestations/${id}/statement`).set(stranger).expect(404);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(stranger).send({}).expect(404);
    await request(api.server).post(`/api/v1/attestations/${id}/withdraw`).set(stranger).expect(404);
    await request(api.server).post(`/api/v1/attestations/${id}/amend`).set(stranger).expect(404);
    await fixture.upload(id, stranger, { type: 'certificate', controlIds: 'C4-CYBER-BASELINE' }).expect(404);
    await request(api.server).get(`/api/v1/evidence/${evidenceId}/content`).set(stranger).expect(404);
    await request(api.server).delete(`/api/v1/evidence/${evidenceId}`).set(stranger).expect(404);
    const list = (await request(api.server).get('/api/v1/attestations?limit=200').set(stranger).expect(200)).body.items as { id: string }[];
    expect(list.map((item) => item.id)).not.toContain(id);
  });

  it('refuses a PNG declared as PDF (415), an unlisted media type (415) and a file over the limit (413), storing nothing', async () => {
    const id = await fixture.draft(await newDatacenter(), operator);
    const fields = { type: 'certificate', controlIds: 'C4-CYBER-BASELINE' };
    await fixture.upload(id, operator, fields, { bytes: PNG_BYTES, contentType: 'application/pdf' }).expect(415);
    await fixture.upload(id, operator, fields, { bytes: Buffer.from('MZ executable'), contentType: 'application/x-msdownload' }).expect(415);
    // Many times the limit, so the upload is cut off long before the body ends.
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_BYTES * 32, 0x20)]);
    await fixture.upload(id, operator, fields, { bytes: big, contentType: 'application/pdf' }).expect(413);
    const bad = await fixture.upload(id, operator, { type: 'horoscope', controlIds: 'C9-NOPE', validUntil: 'soon' }).expect(400);
    expect((bad.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['validUntil']);
    const wrongControl = await fixture.upload(id, operator, { type: 'horoscope', controlIds: 'C9-NOPE' }).expect(400);
    expect((wrongControl.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['controlIds', 'type']);
    expect((await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.evidence).toEqual([]);
  });

  it('requires a DSSE signature once the organisation registers a key: a wrong one is 400, a good one 202', async () => {
    const signingOrganization = await actors.organization('DE');
    const signer = await actors.operatorOf(signingOrganization);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ed25519');
    const keys = await request(api.server)
      .put(`/api/v1/organizations/${signingOrganization}/signing-keys`)
      .set(signer)
      .send({ keys: [{ name: 'officer', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }] })
      .expect(200);
    const keyId = keys.body.items[0].keyId as string;
    await request(api.server)
      .put(`/api/v1/organizations/${signingOrganization}/signing-keys`)
      .set(signer)
      .send({ keys: [{ publicKeyPem: 'not a key at all, just some text here' }] })
      .expect(400);

    const datacenterId = (await request(api.server).post('/api/v1/datacenters').set(signer).send({ name: 'Signed', countryCode: 'DE' }).expect(201)).body.id;
    const id = await fixture.draft(datacenterId, signer);
    await fixture.attachRequiredEvidence(id, signer);
    const statement = await request(api.server)
      .get(`/api/v1/attestations/${id}/statement`)
      .set(signer)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = statement.body as Buffer;
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ _type: 'https://in-toto.io/Statement/v1', predicateType: expect.any(String) });

    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(signer).send({}).expect(400);
    const forged = await request(api.server)
      .post(`/api/v1/attestations/${id}/submit`)
      .set(signer)
      .send({ signature: signEnvelope(bytes, other.privateKey) })
      .expect(400);
    expect(forged.body.details[0].field).toBe('signature');
    const tampered = signEnvelope(Buffer.concat([bytes, Buffer.from(' ')]), privateKey, keyId);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(signer).send({ signature: tampered }).expect(400);

    const accepted = await request(api.server)
      .post(`/api/v1/attestations/${id}/submit`)
      .set(signer)
      .send({ signature: signEnvelope(bytes, privateKey, keyId) })
      .expect(202);
    expect(accepted.body.signerKeyId).toBe(keyId);
    const frozen = await request(api.server).get(`/api/v1/attestations/${id}/statement`).set(signer).expect(200);
    expect(frozen.headers['x-statement-sha256']).toBe(accepted.body.statementSha256);
  });

  it('amends a decided attestation into a new draft version carrying its claims and evidence', async () => {
    const datacenterId = await newDatacenter();
    const id = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(id, operator);
    await request(api.server).post(`/api/v1/attestations/${id}/amend`).set(operator).expect(409);
    // A decision is the reviewers' business; here the record is moved to a decided state directly.
    await api.app.get(DataSource).query(`UPDATE attestations SET status = 'changes_requested' WHERE id = $1`, [id]);
    const amended = (await request(api.server).post(`/api/v1/attestations/${id}/amend`).set(operator).expect(201)).body;
    expect(amended).toMatchObject({ status: 'draft', version: 2, amendsId: id, datacenterId });
    expect(amended.evidence.length).toBeGreaterThan(0);
    const filtered = (await request(api.server).get(`/api/v1/attestations?datacenterId=${datacenterId}&status=draft`).set(operator).expect(200)).body.items;
    expect(filtered.map((item: { id: string }) => item.id)).toEqual([amended.id]);
  });
});
