import { generateKeyPairSync, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ALL_API_KEY_SCOPES } from '@tiergate/auth';
import { ALL_QUEUES } from '@tiergate/jobs';
import { TEST_PASSWORD, TestActors, type Headers } from '../setup/actors';
import { AttestationFixture } from '../setup/attestation-fixture';
import type { TestApi } from '../setup/test-api';
import type { FieldHints } from './valid-example';

export const CALLERS = ['admin', 'operator', 'otherOperator', 'auditor', 'regulator', 'anonymous', 'apiKey'] as const;
export type Caller = (typeof CALLERS)[number];

/** Real identifiers by the path segment that names their kind (`/attestations/{id}` → `attestations`); the home organisation's main one first. */
export type IdsByKind = Record<string, string[]>;

/**
 * A small, realistic world for the fuzzer to aim at: two organisations, each with an operator and
 * facilities; inventory; a draft with evidence, a submitted attestation, one in review with a
 * review item, a finding and a comment; a webhook, an affiliation, API keys. Path parameters then
 * name real objects — the caller's own, another organisation's, or an object of another kind.
 * Objects the actors depend on (their users, the key they sign in with) are never offered as
 * targets, so a fuzzed request that succeeds cannot lock the callers out for the rest of the run.
 */
export interface FuzzWorld {
  callers: Record<Caller, Headers>;
  ids: IdsByKind;
  organizationId: string;
  datacenterId: string;
  controlIds: string[];
  /** An evidence type and the control that requires it: a valid upload. */
  evidence: { type: string; controlId: string };
  countryCodes: string[];
  /** A signing key the organisations could register (Ed25519, SPKI PEM). */
  publicKeyPem: string;
  /** The active policy pack with its restricted-party list cut short, as POST /policy/versions takes it. */
  policyPack: unknown;
  /** Of a session nobody else uses: refresh and logout can be aimed at a real token. */
  refreshToken: string;
  /** A key of the right shape that no longer works. */
  revokedApiKey: string;
}

export async function seedFuzzWorld(api: TestApi): Promise<FuzzWorld> {
  const actors = new TestActors(api);
  const fixture = new AttestationFixture(api);
  const http = () => request(api.server);
  const db = api.app.get(DataSource);

  const admin = await actors.admin();
  const organizationId = await actors.organization('DE', `Fuzz Home ${randomUUID().slice(0, 6)}`);
  const otherOrganizationId = await actors.organization('FR', `Fuzz Away ${randomUUID().slice(0, 6)}`);
  const operator = await actors.user('operator', { organizationId });
  const otherOperator = await actors.user('operator', { organizationId: otherOrganizationId });
  const auditor = await actors.user('auditor');
  const regulator = await actors.user('regulator');
  const spareUser = await actors.user('auditor');
  const refreshToken = (
    await http()
      .post('/api/v1/auth/login')
      .send({ email: await emailOf(db, spareUser.id), password: TEST_PASSWORD })
      .expect(200)
  ).body.refreshToken as string;

  // Every scope, so the fuzzer's key reaches every route a key may use.
  const scopes = [...ALL_API_KEY_SCOPES];
  const apiKey = (await http().post('/api/v1/api-keys').set(operator.headers).send({ name: 'fuzz', scopes }).expect(201)).body.key as string;
  const spareKeyId = (
    await http()
      .post('/api/v1/api-keys')
      .set(operator.headers)
      .send({ name: 'fuzz spare', scopes: ['read'] })
      .expect(201)
  ).body.id as string;
  const revoked = (
    await http()
      .post('/api/v1/api-keys')
      .set(operator.headers)
      .send({ name: 'fuzz revoked', scopes: ['read'] })
      .expect(201)
  ).body as { id: string; key: string };
  await http().delete(`/api/v1/api-keys/${revoked.id}`).set(operator.headers).expect(204);

  const facility = async (as: Headers, name: string, country: string) => {
    const id = (await http().post('/api/v1/datacenters').set(as).send({ name, countryCode: country, city: 'Fuzzburg', latitude: 50.1, longitude: 8.6 }).expect(201)).body.id as string;
    await http().put(`/api/v1/datacenters/${id}/inventory`).set(as).set('Content-Type', 'text/csv').send('vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,64\n').expect(200);
    return id;
  };
  const draftDatacenter = await facility(operator.headers, 'Fuzz Draft', 'DE');
  const submittedDatacenter = await facility(operator.headers, 'Fuzz Submitted', 'DE');
  const reviewedDatacenter = await facility(operator.headers, 'Fuzz Reviewed', 'DE');
  const otherDatacenter = await facility(otherOperator.headers, 'Fuzz Elsewhere', 'FR');

  const evidenced = (await fixture.activeControls(admin)).find((control) => control.requiredEvidence.length > 0);
  if (!evidenced) throw new Error('the active policy requires no evidence at all');
  const evidenceFields = { type: evidenced.requiredEvidence[0], controlIds: evidenced.id };
  const draft = await fixture.draft(draftDatacenter, operator.headers);
  const evidence = (await fixture.upload(draft, operator.headers, evidenceFields).expect(201)).body.id as string;
  const submitted = await fixture.draft(submittedDatacenter, operator.headers);
  await fixture.attachRequiredEvidence(submitted, operator.headers);
  await http().post(`/api/v1/attestations/${submitted}/submit`).set(operator.headers).set('Idempotency-Key', 'fuzz-seed').send({}).expect(202);
  const reviewed = await fixture.draft(reviewedDatacenter, operator.headers);
  await fixture.attachRequiredEvidence(reviewed, operator.headers);
  await http().post(`/api/v1/attestations/${reviewed}/submit`).set(operator.headers).send({}).expect(202);
  // The verification worker (not part of this suite) would move it to review and queue it; its writes
  // would land in the middle of the fuzzing and be blamed on whichever request happened to run.
  await db.query(`UPDATE attestations SET status = 'in_review' WHERE id = $1`, [reviewed]);
  const [reviewItem] = (await db.query(
    `INSERT INTO review_items (attestation_id, datacenter_id, organization_id, country_code, priority, approvals_required)
     SELECT id, datacenter_id, organization_id, country_code, 50, 1 FROM attestations WHERE id = $1 RETURNING id`,
    [reviewed],
  )) as { id: string }[];
  const [finding] = (await db.query(
    `INSERT INTO findings (attestation_id, datacenter_id, organization_id, country_code, code, severity, message, source)
     SELECT id, datacenter_id, organization_id, country_code, 'UNKNOWN_ACCELERATOR', 'minor', 'fuzz finding', 'automated' FROM attestations WHERE id = $1 RETURNING id`,
    [reviewed],
  )) as { id: string }[];
  const comment = (await http().post(`/api/v1/attestations/${reviewed}/comments`).set(operator.headers).send({ body: 'Fuzz thread' }).expect(201)).body.id as string;
  const otherDraft = await fixture.draft(otherDatacenter, otherOperator.headers);
  const otherEvidence = (await fixture.upload(otherDraft, otherOperator.headers, evidenceFields).expect(201)).body.id as string;

  const webhook = (await http().post('/api/v1/webhooks').set(operator.headers).send({ url: 'http://127.0.0.1:9/fuzz' }).expect(201)).body.id as string;
  const otherWebhook = (await http().post('/api/v1/webhooks').set(otherOperator.headers).send({ url: 'http://127.0.0.1:9/fuzz-away' }).expect(201)).body.id as string;
  const affiliation = (await http().post('/api/v1/review/affiliations').set(auditor.headers).send({ organizationId: otherOrganizationId, note: 'fuzz' }).expect(201)).body.id as string;

  const policy = (await http().get('/api/v1/policy').set(admin).expect(200)).body as { id: string; controls: { id: string }[]; countries: { code: string }[] };
  const activePack = (await http().get(`/api/v1/policy/versions/${policy.id}`).set(admin).expect(200)).body.pack as Record<string, unknown>;
  // The restricted-party list makes the pack 900 KB: sent 140 times, it alone would take most of the
  // time budget, and the fuzzer learns as much from a list of twenty.
  const policyPack = Object.fromEntries(Object.entries(activePack).map(([key, value]) => [key, Array.isArray(value) && value.length > 1_000 ? value.slice(0, 20) : value]));

  return {
    callers: {
      admin,
      operator: operator.headers,
      otherOperator: otherOperator.headers,
      auditor: auditor.headers,
      regulator: regulator.headers,
      anonymous: {},
      apiKey: { 'X-Api-Key': apiKey },
    },
    ids: {
      users: [spareUser.id],
      'api-keys': [spareKeyId],
      organizations: [organizationId, otherOrganizationId],
      // Only the active version: approving or activating a version the fuzzer published would change
      // the policy that every later test in this database runs under.
      'policy/versions': [policy.id],
      datacenters: [draftDatacenter, submittedDatacenter, reviewedDatacenter, otherDatacenter],
      attestations: [draft, submitted, reviewed, otherDraft],
      evidence: [evidence, otherEvidence],
      'review-queue': [reviewItem.id],
      findings: [finding.id],
      comments: [comment],
      webhooks: [webhook, otherWebhook],
      'review/affiliations': [affiliation],
      notifications: [],
      // Parameters named for what they hold rather than after the path segment before them.
      code: policy.countries.map((country) => country.code),
      queue: [...ALL_QUEUES],
    },
    organizationId,
    datacenterId: draftDatacenter,
    controlIds: policy.controls.map((control) => control.id),
    evidence: { type: evidenced.requiredEvidence[0], controlId: evidenced.id },
    countryCodes: policy.countries.map((country) => country.code),
    publicKeyPem: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    policyPack,
    refreshToken,
    revokedApiKey: revoked.key,
  };
}

async function emailOf(db: DataSource, userId: string): Promise<string> {
  const [user] = (await db.query('SELECT email FROM users WHERE id = $1', [userId])) as { email: string }[];
  return user.email;
}

/**
 * Routes fuzzed earlier may have submitted or withdrawn the home draft; the routes after them
 * (evidence, PATCH) need a draft to get past the state check to their deeper ones.
 */
export async function restoreDraft(api: TestApi, world: FuzzWorld): Promise<void> {
  const db = api.app.get(DataSource);
  const [current] = (await db.query('SELECT status FROM attestations WHERE id = $1', [world.ids.attestations[0]])) as { status: string }[];
  if (current?.status === 'draft') return;
  const [open] = (await db.query(`SELECT id FROM attestations WHERE datacenter_id = $1 AND status = 'draft'`, [world.datacenterId])) as { id: string }[];
  world.ids.attestations[0] = open?.id ?? (await new AttestationFixture(api).draft(world.datacenterId, world.callers.operator));
}

/** Valid values for the body fields whose schema does not say what the API accepts. */
export function fieldHints(world: FuzzWorld): FieldHints {
  return {
    email: 'fuzz-user@example.test',
    password: TEST_PASSWORD,
    organizationId: world.organizationId,
    controlId: world.controlIds[0],
    countryCode: 'DE',
    hqCountry: 'DE',
    country: 'DE',
    jurisdictions: ['DE'],
    publicKeyPem: world.publicKeyPem,
    // Webhooks deliver only through the worker; a later test's worker finds the port closed at once.
    url: 'http://127.0.0.1:9/fuzz-hint',
    refreshToken: world.refreshToken,
    rationale: 'Every control is evidenced and the evidence is current.',
    body: 'A fuzzed comment.',
  };
}
