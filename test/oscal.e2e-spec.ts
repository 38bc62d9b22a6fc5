import { createHash, type JsonWebKey } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { REPORT_HEADERS, verifyReport } from '@tiergate/domain';
import type { OscalAssessmentResultsDocument, OscalFinding } from '@tiergate/documents';
import { oscalSchemaValidator } from '../libs/documents/src/oscal/oscal-schema.test-support';
import { OscalModule } from '../apps/api/src/oscal/oscal.module';
import { TestActors, type Headers, type TestUser } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';

interface Facility {
  operator: Headers;
  datacenterId: string;
  attestationId: string;
}

describe('OSCAL assessment results of an attestation', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let regulator: Headers;
  let auditor: TestUser;
  const problemsOf = oscalSchemaValidator();

  const oscalOf = (attestationId: string, as: Headers = regulator) =>
    request(api.server)
      .get(`/api/v1/attestations/${attestationId}/oscal`)
      .set(as)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const documentOf = async (attestationId: string): Promise<OscalAssessmentResultsDocument> =>
    JSON.parse(((await oscalOf(attestationId).expect(200)).body as Buffer).toString('utf8')) as OscalAssessmentResultsDocument;
  const objective = (document: OscalAssessmentResultsDocument, controlId: string): OscalFinding | undefined =>
    document['assessment-results'].results[0].findings?.find((finding) => finding.target['target-id'] === controlId);

  /** A DE facility with a complete attestation, drafted through the API; submitted unless told otherwise. */
  const facility = async (submit = true): Promise<Facility> => {
    const organizationId = await actors.organization('DE', `OSCAL Org ${Date.now()} ${Math.random()}`);
    const operator = await actors.operatorOf(organizationId);
    const datacenter = await request(api.server)
      .post('/api/v1/datacenters')
      .set(operator)
      .send({ name: `Frankfurt ${Date.now()}`, countryCode: 'DE' })
      .expect(201);
    const datacenterId = datacenter.body.id as string;
    await request(api.server).put(`/api/v1/datacenters/${datacenterId}/inventory`).set(operator).set('Content-Type', 'text/csv').send('vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,256\n').expect(200);
    const attestationId = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(attestationId, operator);
    if (submit) await request(api.server).post(`/api/v1/attestations/${attestationId}/submit`).set(operator).send({}).expect(202);
    return { operator, datacenterId, attestationId };
  };

  beforeAll(async () => {
    api = await startTestApi({}, [OscalModule]);
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    regulator = (await actors.user('regulator')).headers;
    auditor = await actors.user('auditor');
  });
  afterAll(() => api.close());

  it('exports a submitted attestation as a document that validates against NIST’s OSCAL 1.0.6 schema', async () => {
    const { attestationId, operator } = await facility();
    const response = await oscalOf(attestationId).expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const document = JSON.parse((response.body as Buffer).toString('utf8')) as OscalAssessmentResultsDocument;
    expect(problemsOf(document)).toEqual([]);

    const results = document['assessment-results'];
    expect(results.metadata['oscal-version']).toBe('1.0.6');
    const detail = (await request(api.server).get(`/api/v1/attestations/${attestationId}`).set(operator).expect(200)).body as {
      evidence: { sha256: string }[];
      statementSha256: string;
      claims: { controlId: string }[];
    };
    // Observations point at the evidence by digest, every file of it.
    const hrefs = (results.results[0].observations ?? []).flatMap((observation) => observation['relevant-evidence'] ?? []).map((evidence) => evidence.href);
    expect(new Set(hrefs)).toEqual(new Set(detail.evidence.map((evidence) => `urn:sha256:${evidence.sha256}`)));
    expect(results['back-matter']?.resources.some((resource) => resource.rlinks?.[0].href === `urn:sha256:${detail.statementSha256}`)).toBe(true);
    // One objective per control of the policy, provisional until an auditor decides.
    const findings = results.results[0].findings ?? [];
    expect(findings.map((finding) => finding.target['target-id'])).toEqual(detail.claims.map((claim) => claim.controlId));
    expect(findings.every((finding) => finding.target.status.state === 'satisfied' && finding.remarks?.startsWith('Provisional'))).toBe(true);
  });

  it('signs the exact bytes it serves, and serves the same bytes again for unchanged records', async () => {
    const { attestationId } = await facility();
    const first = await oscalOf(attestationId).expect(200);
    const body = first.body as Buffer;
    expect(first.headers[REPORT_HEADERS.sha256.toLowerCase()]).toBe(createHash('sha256').update(body).digest('hex'));
    const { keys } = (await request(api.server).get('/api/v1/reports/public-key').expect(200)).body as { keys: (JsonWebKey & { kid: string })[] };
    expect(first.headers[REPORT_HEADERS.keyId.toLowerCase()]).toBe(keys[0].kid);
    expect(verifyReport(body, first.headers[REPORT_HEADERS.signature.toLowerCase()] as string, keys[0])).toBe(true);

    const again = await oscalOf(attestationId).expect(200);
    expect(Buffer.compare(again.body as Buffer, body)).toBe(0);
  });

  it('carries an auditor’s findings as risks and unmet objectives, and a decision as the end of the result', async () => {
    const { attestationId } = await facility();
    const db = api.app.get(DataSource);
    // The verification worker would move it to review; it is not part of this test.
    await db.query(`UPDATE attestations SET status = 'in_review' WHERE id = $1`, [attestationId]);
    const [item] = (await db.query(
      `INSERT INTO review_items (attestation_id, datacenter_id, organization_id, country_code, priority, approvals_required)
       SELECT id, datacenter_id, organization_id, country_code, 50, 1 FROM attestations WHERE id = $1 RETURNING id`,
      [attestationId],
    )) as { id: string }[];
    await request(api.server)
      .post(`/api/v1/attestations/${attestationId}/findings`)
      .set(auditor.headers)
      .send({ code: 'PENTEST_SCOPE', severity: 'major', message: 'The test excludes\nthe management network.', controlId: 'C4-PENTEST' })
      .expect(201);
    await request(api.server)
      .post(`/api/v1/attestations/${attestationId}/findings`)
      .set(auditor.headers)
      .send({ code: 'NOTE', severity: 'minor', message: 'Inventory export lacks serial numbers.' })
      .expect(201);

    const inReview = await documentOf(attestationId);
    expect(problemsOf(inReview)).toEqual([]);
    expect(objective(inReview, 'C4-PENTEST')?.target.status).toMatchObject({ state: 'not-satisfied', remarks: expect.stringContaining('PENTEST_SCOPE') });
    expect(objective(inReview, 'C2-HW-ORIGIN')?.target.status.state).toBe('satisfied');
    // The minor finding names no control: judged with the attestation as a whole, and not held against it.
    expect(objective(inReview, 'tiergate-attestation')?.target.status.state).toBe('satisfied');
    const [result] = inReview['assessment-results'].results;
    expect(result.risks).toEqual([expect.objectContaining({ title: 'PENTEST_SCOPE', status: 'open' })]);
    expect(objective(inReview, 'C4-PENTEST')?.['related-risks']).toEqual([{ 'risk-uuid': result.risks?.[0].uuid }]);
    expect(inReview['assessment-results'].metadata.parties?.some((party) => party.type === 'person' && party.props?.some((prop) => prop.value === auditor.id))).toBe(true);

    await request(api.server).post(`/api/v1/review-queue/${item.id}/claim`).set(auditor.headers).send().expect(200);
    await request(api.server)
      .post(`/api/v1/attestations/${attestationId}/decisions`)
      .set(auditor.headers)
      .send({ decision: 'request_changes', rationale: 'The penetration test must cover the management network.' })
      .expect(201);

    const decided = await documentOf(attestationId);
    expect(problemsOf(decided)).toEqual([]);
    expect(decided['assessment-results'].uuid).not.toBe(inReview['assessment-results'].uuid);
    const [decidedResult] = decided['assessment-results'].results;
    expect(decidedResult.end).toEqual(expect.any(String));
    expect(decidedResult.observations?.some((observation) => observation.title === "Auditor's decision: request_changes")).toBe(true);
    expect(decidedResult.findings?.some((finding) => finding.remarks !== undefined)).toBe(false);
  });

  describe('who may export it', () => {
    let subject: Facility;
    beforeAll(async () => {
      subject = await facility();
    });

    it('answers regulators and admins; operators and auditors get 403, nobody 401', async () => {
      await oscalOf(subject.attestationId, await actors.admin()).expect(200);
      await oscalOf(subject.attestationId, subject.operator).expect(403);
      await oscalOf(subject.attestationId, auditor.headers).expect(403);
      await request(api.server).get(`/api/v1/attestations/${subject.attestationId}/oscal`).expect(401);
    });

    it('is 404 outside a regulator’s jurisdictions and for an unknown attestation', async () => {
      const elsewhere = (await actors.user('regulator', { jurisdictions: ['FR'] })).headers;
      await oscalOf(subject.attestationId, elsewhere).expect(404);
      const within = (await actors.user('regulator', { jurisdictions: ['DE'] })).headers;
      await oscalOf(subject.attestationId, within).expect(200);
      await oscalOf('00000000-0000-4000-8000-000000000000').expect(404);
      await oscalOf('not-a-uuid').expect(400);
    });

    it('refuses a draft with 409: nobody has assessed it and it can still change', async () => {
      const draft = await facility(false);
      const response = await oscalOf(draft.attestationId).expect(409);
      expect(JSON.parse((response.body as Buffer).toString('utf8'))).toMatchObject({ statusCode: 409, message: expect.stringContaining('draft') });
    });
  });
});
