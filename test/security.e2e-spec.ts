import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LOGIN_LIMITS } from '../apps/api/src/auth/login-throttle';
import { TEST_PASSWORD, TestActors, type Headers } from './setup/actors';
import { AttestationFixture, PDF_BYTES } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';
import { filesUnder } from './security/files-under';
import { claimsFor, claimsOf, hmacToken, unsignedToken, withTamperedPayload } from './security/forged-tokens';

const SQL_LOOKING = ["' OR 1=1 --", "'; DROP TABLE users; --"];
const BODY_LIMIT_BYTES = 4 * 1024;
const DOCUMENT_BODY_LIMIT_BYTES = 64 * 1024;
const EVIDENCE_MAX_BYTES = 16 * 1024;

/** The security checklist (issue 9), one test per check, against the real api. */
describe('security checklist', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let admin: Headers;
  let operator: Headers;
  let datacenterId: string;
  let attestationId: string;

  /** Failed logins are counted per client address; each caller gets its own so no test (here or in another spec) inherits another's failures. */
  let lastAddressOctet = 0;
  const newClientAddress = () => `198.51.100.${(lastAddressOctet += 1)}`;
  const login = (email: string, password: string, clientAddress: string) => request(api.server).post('/api/v1/auth/login').set('X-Forwarded-For', clientAddress).send({ email, password });

  const emailOf = async (headers: Headers) => (await request(api.server).get('/api/v1/auth/me').set(headers).expect(200)).body.email as string;
  const storageDir = () => resolve(api.config.STORAGE_DIR);
  const evidenceOf = async (id: string) => (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.evidence as unknown[];

  /** A PDF no earlier upload (of this run or a previous one) can have stored: its hash is new. */
  const uniquePdf = () => Buffer.concat([PDF_BYTES, Buffer.from(`% ${randomUUID()}\n`)]);

  /** Fields naming an evidence type and a control of the active policy that takes it. */
  async function evidenceFields(): Promise<Record<string, string>> {
    const control = (await fixture.activeControls(operator)).find((candidate) => candidate.requiredEvidence.length > 0);
    if (!control) throw new Error('the active policy has no control that requires evidence');
    return { type: control.requiredEvidence[0], controlIds: control.id };
  }

  /** The one error format (common/errors/error-body.ts), whatever `details` it carries. */
  function expectErrorFormat(response: request.Response, statusCode: number): void {
    expect(response.status).toBe(statusCode);
    const { details: _details, ...body } = response.body as Record<string, unknown>;
    expect(body).toEqual({ statusCode, error: STATUS_CODES[statusCode], message: expect.any(String) });
  }

  beforeAll(async () => {
    api = await startTestApi({
      BODY_LIMIT: `${BODY_LIMIT_BYTES / 1024}kb`,
      DOCUMENT_BODY_LIMIT: `${DOCUMENT_BODY_LIMIT_BYTES / 1024}kb`,
      EVIDENCE_MAX_BYTES: String(EVIDENCE_MAX_BYTES),
    });
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    admin = await actors.admin();
    operator = await actors.operatorOf(await actors.organization('DE'));
    datacenterId = (
      await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `Secure ${randomUUID().slice(0, 8)}`, countryCode: 'DE' })
        .expect(201)
    ).body.id;
    attestationId = await fixture.draft(datacenterId, operator);
  });
  afterAll(() => api.close());

  describe('security headers', () => {
    const expectHelmetHeaders = (response: request.Response) => {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(response.headers['content-security-policy']).toContain("object-src 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
    };

    it('come with every API response', async () => {
      expectHelmetHeaders(await request(api.server).get('/api/v1/organizations').set(admin).expect(200));
      expectHelmetHeaders(await request(api.server).get('/health').expect(200));
    });

    it('come with error responses, including those answered before Nest (413, malformed JSON)', async () => {
      expectHelmetHeaders(await request(api.server).get('/api/v1/no-such-route').expect(404));
      expectHelmetHeaders(await request(api.server).get('/api/v1/organizations').expect(401));
      expectHelmetHeaders(await request(api.server).post('/api/v1/datacenters').set('Content-Type', 'application/json').send('{"broken": ').expect(400));
      expectHelmetHeaders(
        await request(api.server)
          .post('/api/v1/datacenters')
          .send({ padding: 'x'.repeat(BODY_LIMIT_BYTES) })
          .expect(413),
      );
    });

    it('come with the API docs page', async () => {
      const docs = await request(api.server).get('/docs/').redirects(1).expect(200);
      expect(docs.headers['content-type']).toMatch(/^text\/html/);
      expectHelmetHeaders(docs);
    });

    it('serve evidence as a download that cannot run as a page: declared type, nosniff, attachment', async () => {
      const page = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n');
      const uploaded = await fixture.upload(attestationId, operator, await evidenceFields(), { bytes: page, contentType: 'text/plain' }).expect(201);

      const content = await request(api.server).get(`/api/v1/evidence/${uploaded.body.id}/content`).set(operator).expect(200);
      expect(content.headers['content-type']).toMatch(/^text\/plain/);
      expect(content.headers['x-content-type-options']).toBe('nosniff');
      expect(content.headers['content-disposition']).toBe(`attachment; filename="evidence-${uploaded.body.id}"`);
      expect(content.headers['content-security-policy']).toContain("script-src 'self'");
      expect(content.text).toBe(page.toString('utf8'));
    });

    it('refuse evidence declared as HTML (or any unlisted type) before storing it', async () => {
      const before = await filesUnder(storageDir());
      const page = Buffer.from('<html><script>alert(1)</script></html>');
      for (const contentType of ['text/html', 'image/svg+xml', 'application/xhtml+xml']) {
        expectErrorFormat(await fixture.upload(attestationId, operator, await evidenceFields(), { bytes: page, contentType }), 415);
      }
      expect(await filesUnder(storageDir())).toEqual(before);
    });
  });

  describe('CORS', () => {
    const evilOrigin = 'https://evil.example';
    const expectNoCorsGrant = (response: request.Response) => {
      for (const header of ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers']) {
        expect(response.headers[header]).toBeUndefined();
      }
    };

    it('grants no origin in answer to a preflight', async () => {
      const preflight = await request(api.server)
        .options('/api/v1/organizations')
        .set('Origin', evilOrigin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization, content-type');
      expect(preflight.status).toBeLessThan(500);
      expectNoCorsGrant(preflight);
    });

    it('grants no origin on a simple cross-origin request, even an authenticated one', async () => {
      expectNoCorsGrant(await request(api.server).get('/health').set('Origin', evilOrigin).expect(200));
      const read = await request(api.server).get('/api/v1/organizations').set(admin).set('Origin', evilOrigin).expect(200);
      expectNoCorsGrant(read);
      expect(read.headers['cross-origin-resource-policy']).toBe('same-origin');
    });
  });

  describe('login rate limits', () => {
    it(`make one address wait (429 and Retry-After) after ${LOGIN_LIMITS.perAccountAddress} failures at an account, whatever letter case, without locking the owner out elsewhere`, async () => {
      const email = await emailOf((await actors.user('auditor')).headers);
      const guesser = newClientAddress();
      for (let attempt = 0; attempt < LOGIN_LIMITS.perAccountAddress; attempt += 1) {
        const spelled = attempt % 2 === 0 ? email : email.toUpperCase();
        expectErrorFormat(await login(spelled, 'wrong-password-123', guesser), 401);
      }
      const refused = await login(email, TEST_PASSWORD, guesser);
      expectErrorFormat(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(LOGIN_LIMITS.maxDelaySeconds);
      await login(email, TEST_PASSWORD, newClientAddress()).expect(200);

      const bystander = await emailOf((await actors.user('auditor')).headers);
      await login(bystander, TEST_PASSWORD, newClientAddress()).expect(200);
    });

    it(`refuse a client address with 429 and Retry-After after ${LOGIN_LIMITS.perAddress} failures across many accounts`, async () => {
      const sprayer = newClientAddress();
      for (let attempt = 0; attempt < LOGIN_LIMITS.perAddress; attempt += 1) {
        expectErrorFormat(await login(`sprayed-${attempt}-${randomUUID().slice(0, 8)}@example.test`, 'Summer2025!!', sprayer), 401);
      }
      const victim = await emailOf((await actors.user('auditor')).headers);
      const refused = await login(victim, TEST_PASSWORD, sprayer);
      expectErrorFormat(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(LOGIN_LIMITS.windowSeconds);

      // The account itself is not locked: its owner signs in from elsewhere.
      await login(victim, TEST_PASSWORD, newClientAddress()).expect(200);
    });
  });

  describe('size limits', () => {
    it('refuse a JSON body over BODY_LIMIT with 413 in the error format', async () => {
      const response = await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: 'x'.repeat(BODY_LIMIT_BYTES), countryCode: 'DE' });
      expect(response.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
    });

    it('let document routes take more than BODY_LIMIT, up to DOCUMENT_BODY_LIMIT', async () => {
      const items = (count: number) => Array.from({ length: count }, (_, n) => ({ vendor: 'NVIDIA', model: `H100 SXM5 80GB rack ${n}`, quantity: 8 }));
      const inventory = `/api/v1/datacenters/${datacenterId}/inventory`;
      const fits = { items: items(200) };
      expect(Buffer.byteLength(JSON.stringify(fits))).toBeGreaterThan(BODY_LIMIT_BYTES);
      await request(api.server).put(inventory).set(operator).send(fits).expect(200);

      const tooBig = { items: items(2_000) };
      expect(Buffer.byteLength(JSON.stringify(tooBig))).toBeGreaterThan(DOCUMENT_BODY_LIMIT_BYTES);
      expectErrorFormat(await request(api.server).put(inventory).set(operator).send(tooBig), 413);

      // The other document route: past BODY_LIMIT it reaches validation instead of the size check.
      const pack = { name: 'x'.repeat(2 * BODY_LIMIT_BYTES) };
      expectErrorFormat(await request(api.server).post('/api/v1/policy/versions').set(admin).send(pack), 400);
    });

    it('refuse evidence over EVIDENCE_MAX_BYTES with 413, storing nothing', async () => {
      const before = await filesUnder(storageDir());
      const evidenceBefore = await evidenceOf(attestationId);
      const big = Buffer.concat([uniquePdf(), Buffer.alloc(EVIDENCE_MAX_BYTES, 0x20)]);
      expectErrorFormat(await fixture.upload(attestationId, operator, await evidenceFields(), { bytes: big, contentType: 'application/pdf' }), 413);
      expect(await filesUnder(storageDir())).toEqual(before);
      expect(await evidenceOf(attestationId)).toEqual(evidenceBefore);
    });

    it('refuse multipart uploads with too many fields, files or oversized fields, storing nothing', async () => {
      const before = await filesUnder(storageDir());
      const fields = await evidenceFields();
      const upload = () => request(api.server).post(`/api/v1/attestations/${attestationId}/evidence`).set(operator).field(fields);
      const pdf = () => ({ bytes: uniquePdf(), options: { filename: 'report.pdf', contentType: 'application/pdf' } });

      let manyFields = upload();
      for (let n = 0; n < 30; n += 1) manyFields = manyFields.field(`extra${n}`, 'x');
      const first = pdf();
      expectErrorFormat(await manyFields.attach('file', first.bytes, first.options), 400);

      const [one, two] = [pdf(), pdf()];
      expectErrorFormat(await upload().attach('file', one.bytes, one.options).attach('file', two.bytes, two.options), 400);

      const last = pdf();
      expectErrorFormat(
        await upload()
          .field('validUntil', 'x'.repeat(64 * 1024))
          .attach('file', last.bytes, last.options),
        400,
      );

      expect(await filesUnder(storageDir())).toEqual(before);
    });
  });

  describe('SQL-looking input', () => {
    const tableCounts = async () =>
      (
        await api.app
          .get(DataSource)
          .query(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM organizations) AS organizations, (SELECT count(*)::int FROM datacenters) AS datacenters`)
      )[0];

    it.each(SQL_LOOKING)('is refused or matched literally in query filters: %s', async (input) => {
      for (const filter of ['action', 'entityType', 'entityId', 'actorId']) {
        const page = await request(api.server)
          .get('/api/v1/audit-log')
          .query({ [filter]: input })
          .set(admin)
          .expect(200);
        expect(page.body).toEqual({ items: [], nextCursor: null });
      }
      expectErrorFormat(await request(api.server).get('/api/v1/datacenters').query({ country: input }).set(operator), 400);
      expectErrorFormat(await request(api.server).get('/api/v1/datacenters').query({ organizationId: input }).set(admin), 400);
      expectErrorFormat(await request(api.server).get('/api/v1/organizations').query({ cursor: input }).set(admin), 400);
    });

    it.each(SQL_LOOKING)('is refused in path parameters: %s', async (input) => {
      for (const path of [`/api/v1/datacenters/${encodeURIComponent(input)}`, `/api/v1/organizations/${encodeURIComponent(input)}`, `/api/v1/attestations/${encodeURIComponent(input)}`]) {
        expectErrorFormat(await request(api.server).get(path).set(admin), 400);
      }
    });

    it.each(SQL_LOOKING)('is stored literally from body fields and read back unchanged: %s', async (input) => {
      const datacenter = await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `${input} ${randomUUID().slice(0, 4)}`, countryCode: 'DE', city: input })
        .expect(201);
      const read = await request(api.server).get(`/api/v1/datacenters/${datacenter.body.id}`).set(operator).expect(200);
      expect(read.body.name.startsWith(input)).toBe(true);
      expect(read.body.city).toBe(input);

      await request(api.server).post(`/api/v1/attestations/${attestationId}/comments`).set(operator).send({ body: input }).expect(201);
      const comments = await request(api.server).get(`/api/v1/attestations/${attestationId}/comments`).set(operator).expect(200);
      expect(comments.body.items.map((comment: { body: string }) => comment.body)).toContain(input);
    });

    it.each(SQL_LOOKING)('signs nobody in as the login email: %s', async (input) => {
      for (const email of [input, `${api.config.ADMIN_EMAIL}${input}`]) {
        const response = await login(email, input, newClientAddress());
        expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' });
      }
    });

    it('refuses a login whose email or password is not a string with 4xx, never 5xx', async () => {
      for (const body of [
        { email: [api.config.ADMIN_EMAIL], password: TEST_PASSWORD },
        { email: { $ne: null }, password: TEST_PASSWORD },
        { email: api.config.ADMIN_EMAIL, password: { $gt: '' } },
      ]) {
        const response = await request(api.server).post('/api/v1/auth/login').set('X-Forwarded-For', newClientAddress()).send(body);
        expect([400, 401]).toContain(response.status);
        expectErrorFormat(response, response.status);
      }
    });

    it('leaves every table intact afterwards', async () => {
      const counts = await tableCounts();
      expect(counts.users).toBeGreaterThan(1);
      const [{ users }] = await api.app.get(DataSource).query(`SELECT to_regclass('public.users') IS NOT NULL AS users`);
      expect(users).toBe(true);
      await actors.login(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD);
      expect(await tableCounts()).toEqual(counts);
    });
  });

  describe('path traversal', () => {
    /** One step up, as sent raw, percent-encoded (once for the slash, wholly) and in the `....//` form naive filters collapse into `../`. */
    const STEPS_UP = ['../', '..%2f', '%2e%2e%2f', '....//'];
    const climb = (stepUp: string, levels: number, target: string) => `${stepUp.repeat(levels)}${target}`;
    /** Refused, or answered with something the app serves anyway (a 404, the console's index.html): never a file from elsewhere. */
    const expectNoSystemFile = (response: request.Response) => {
      expect(response.status).toBeLessThan(500);
      expect(response.text ?? '').not.toMatch(/root:.*:0:0:/);
      expect(response.text ?? '').not.toContain('"name": "tiergate"');
    };

    it.each(STEPS_UP)('in an id is refused and reads nothing outside storage: %s', async (stepUp) => {
      const traversal = climb(stepUp, 8, 'etc/passwd');
      for (const call of [
        request(api.server).get(`/api/v1/evidence/${traversal}/content`),
        request(api.server).delete(`/api/v1/evidence/${traversal}`),
        request(api.server).get(`/api/v1/datacenters/${traversal}`),
        request(api.server).get(`/api/v1/attestations/${traversal}`),
      ]) {
        const response = await call.set(operator);
        expect([400, 404]).toContain(response.status);
        expectErrorFormat(response, response.status);
        expectNoSystemFile(response);
      }
    });

    it.each(STEPS_UP)('in a route reads no file outside the static assets: %s', async (stepUp) => {
      const adminBasic = { Authorization: `Basic ${Buffer.from(`${api.config.ADMIN_EMAIL}:${api.config.ADMIN_PASSWORD}`).toString('base64')}` };
      // The repository's package.json sits a few levels above any static folder; /etc/passwd is reached from anywhere with enough steps.
      const traversals = [climb(stepUp, 8, 'etc/passwd'), ...[1, 2, 3, 4, 5].map((levels) => climb(stepUp, levels, 'package.json'))];
      for (const traversal of traversals) {
        expectNoSystemFile(await request(api.server).get(`/docs/${traversal}`));
        expectNoSystemFile(await request(api.server).get(`/admin/queues/static/${traversal}`).set(adminBasic));
        expectNoSystemFile(await request(api.server).get(`/api/v1/${traversal}`).set(admin));
        expectNoSystemFile(await request(api.server).get(`/${traversal}`));
      }
    });

    it('keeps evidence file names out of the file system: bytes land under their hash, the name stays data', async () => {
      const escapeName = `tiergate-security-escape-${randomUUID()}`;
      const targets = [resolve(storageDir(), '..', escapeName), resolve('/tmp', escapeName)];
      const before = await filesUnder(storageDir());
      const fields = await evidenceFields();
      const bytes = Buffer.from(`%PDF-1.7\n% ${escapeName}\n%%EOF\n`);
      for (const filename of [`../${escapeName}`, `../../../../../../tmp/${escapeName}`, `..%2f..%2f${escapeName}`, `..\\..\\${escapeName}`]) {
        const uploaded = await request(api.server)
          .post(`/api/v1/attestations/${attestationId}/evidence`)
          .set(operator)
          .field(fields)
          .attach('file', bytes, { filename, contentType: 'application/pdf' })
          .expect(201);
        expect(uploaded.body.fileName).not.toMatch(/(^|[\\/])\.\.[\\/]/);
      }
      for (const target of targets) expect(existsSync(target)).toBe(false);
      const added = (await filesUnder(storageDir())).filter((file) => !before.includes(file));
      expect(added.every((file) => /^sha256\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(file))).toBe(true);
      expect(added).toHaveLength(1); // the same bytes four times: one object
    });
  });

  describe('access tokens', () => {
    let auditor: { id: string; headers: Headers };
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
    const me = (headers: Headers) => request(api.server).get('/api/v1/auth/me').set(headers);
    const tokenOf = (headers: Headers) => headers.Authorization.slice('Bearer '.length);

    beforeAll(async () => {
      auditor = await actors.user('auditor');
    });

    it('accepts a genuine token, and one built here with the real key, as the baseline', async () => {
      await me(auditor.headers).expect(200);
      const { sid } = claimsOf(tokenOf(auditor.headers));
      await me(bearer(hmacToken({ ...claimsFor(auditor.id, 'auditor'), sid }, api.config.JWT_SECRET))).expect(200);
    });

    it('refuses a token with alg "none" and no signature', async () => {
      expectErrorFormat(await me(bearer(unsignedToken(claimsFor(auditor.id)))), 401);
      expectErrorFormat(await me(bearer(`${unsignedToken(claimsFor(auditor.id))}${tokenOf(auditor.headers).split('.')[2]}`)), 401);
    });

    it('refuses a token signed with another key', async () => {
      expectErrorFormat(await me(bearer(hmacToken(claimsFor(auditor.id), `${api.config.JWT_SECRET}-but-not-quite`))), 401);
    });

    it('refuses a token signed with the right key under another algorithm', async () => {
      expectErrorFormat(await me(bearer(hmacToken(claimsFor(auditor.id), api.config.JWT_SECRET, 'HS512'))), 401);
    });

    it('refuses an expired token', async () => {
      const issued = Math.floor(Date.now() / 1000) - 3_600;
      expectErrorFormat(await me(bearer(hmacToken({ sub: auditor.id, role: 'auditor', iat: issued, exp: issued + 900 }, api.config.JWT_SECRET))), 401);
    });

    it('refuses a genuine token whose payload was altered', async () => {
      const adminId = claimsOf(tokenOf(admin)).sub;
      expectErrorFormat(await me(bearer(withTamperedPayload(tokenOf(auditor.headers), { sub: adminId }))), 401);
      expectErrorFormat(await me(bearer(withTamperedPayload(tokenOf(auditor.headers), { role: 'admin' }))), 401);
      const { exp = 0 } = claimsOf(tokenOf(auditor.headers));
      expectErrorFormat(await me(bearer(withTamperedPayload(tokenOf(auditor.headers), { exp: exp + 86_400 }))), 401);
    });

    it('refuses a correctly signed token for a user who does not exist (or no longer does)', async () => {
      expectErrorFormat(await me(bearer(hmacToken(claimsFor(randomUUID()), api.config.JWT_SECRET))), 401);
      expectErrorFormat(await me(bearer(hmacToken(claimsFor(SQL_LOOKING[0]), api.config.JWT_SECRET))), 401);
    });

    it('refuses the tokens of a disabled user at once', async () => {
      const user = await actors.user('regulator', { jurisdictions: ['DE'] });
      await me(user.headers).expect(200);
      await request(api.server).patch(`/api/v1/users/${user.id}`).set(admin).send({ disabled: true }).expect(200);
      expectErrorFormat(await me(user.headers), 401);
    });

    it('refuses a refresh token presented as an access token', async () => {
      const session = (
        await request(api.server)
          .post('/api/v1/auth/login')
          .send({ email: await emailOf(auditor.headers), password: TEST_PASSWORD })
          .expect(200)
      ).body;
      expectErrorFormat(await me(bearer(session.refreshToken)), 401);
    });

    it('refuses a malformed Authorization header', async () => {
      for (const authorization of ['Bearer', 'Bearer ', `Basic ${tokenOf(auditor.headers)}`, `Bearer ${tokenOf(auditor.headers)}.extra`, 'Bearer a.b.c']) {
        expectErrorFormat(await me({ Authorization: authorization }), 401);
      }
    });
  });

  describe('API keys and admin surfaces', () => {
    it('refuse a revoked API key with 401', async () => {
      const key = (
        await request(api.server)
          .post('/api/v1/api-keys')
          .set(operator)
          .send({ name: 'to be revoked', scopes: ['read'] })
          .expect(201)
      ).body;
      await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key).expect(200);
      await request(api.server).delete(`/api/v1/api-keys/${key.id}`).set(operator).expect(204);
      expectErrorFormat(await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key), 401);
      expectErrorFormat(
        await request(api.server)
          .get('/api/v1/organizations')
          .set('X-Api-Key', `${key.key.slice(0, -1)}x`),
        401,
      );
    });

    it('refuse the job dashboard without admin credentials with 401', async () => {
      const anonymous = await request(api.server).get('/admin/queues');
      expectErrorFormat(anonymous, 401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Basic /);
      // A bearer token is not how the dashboard signs in, not even an admin's.
      expectErrorFormat(await request(api.server).get('/admin/queues').set(admin), 401);
      const operatorBasic = { Authorization: `Basic ${Buffer.from(`${await emailOf(operator)}:${TEST_PASSWORD}`).toString('base64')}` };
      expectErrorFormat(await request(api.server).get('/admin/queues/api/queues').set(operatorBasic), 401);
    });

    it('refuse the admin API without credentials with 401 and to non-admins with 403', async () => {
      expectErrorFormat(await request(api.server).get('/api/v1/admin/jobs/failed'), 401);
      expectErrorFormat(await request(api.server).get('/api/v1/admin/jobs/failed').set(operator), 403);
      expectErrorFormat(await request(api.server).get('/api/v1/users'), 401);
    });
  });
});
