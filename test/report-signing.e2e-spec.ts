import { createHash, generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Controller, Get, Module, Res } from '@nestjs/common';
import type { Response } from 'express';
import request from 'supertest';
import { Public } from '@tiergate/auth';
import { REPORT_HEADERS, signEnvelope, verifyReport } from '@tiergate/domain';
import { BundlesModule } from '../apps/api/src/bundles/bundles.module';
import { GENERATED_KEY_FILE } from '../apps/api/src/report-signing/report-signing-key.loader';
import { ReportSigner } from '../apps/api/src/report-signing/report-signer';
import { ReportSigningModule } from '../apps/api/src/report-signing/report-signing.module';
import { readBundle } from '../apps/cli/src/commands/bundle-reader';
import { parsePlatformKeys } from '../apps/cli/src/commands/platform-public-key';
import { verifyBundleFile } from '../apps/cli/src/commands/verify-bundle.command';
import { TestActors, type Headers } from './setup/actors';
import { AttestationFixture, PDF_BYTES } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';

const SAMPLE_REPORT = Buffer.from('country,facilities,compliant\nDE,12,9\nFR,4,4\n');

/** Stands in for the report routes: a body signed exactly as they sign theirs. */
@Controller('test-reports')
class SampleReportController {
  constructor(private readonly signer: ReportSigner) {}

  @Get('sample')
  @Public()
  sample(@Res() response: Response): void {
    response.set({ 'Content-Type': 'text/csv', ...this.signer.headersFor(SAMPLE_REPORT) }).send(SAMPLE_REPORT);
  }
}

@Module({ controllers: [SampleReportController] })
class SampleReportModule {}

const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('signed reports and verifiable bundles', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let dir: string;
  let operator: Headers;
  let organizationId: string;
  let regulatorDE: Headers;
  let regulatorFR: Headers;
  let auditor: Headers;

  const datacenter = async (): Promise<string> =>
    (
      await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `Bundled ${randomUUID().slice(0, 8)}`, countryCode: 'DE' })
        .expect(201)
    ).body.id as string;
  const jwks = async (): Promise<{ keys: JsonWebKey[] }> => (await request(api.server).get('/api/v1/reports/public-key').expect(200)).body as { keys: JsonWebKey[] };
  const download = (id: string, as: Headers) => request(api.server).get(`/api/v1/attestations/${id}/bundle`).set(as).buffer(true).parse(binary);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiergate-bundles-'));
    api = await startTestApi({}, [ReportSigningModule, BundlesModule, SampleReportModule]);
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    organizationId = await actors.organization('DE');
    operator = await actors.operatorOf(organizationId);
    regulatorDE = (await actors.user('regulator', { jurisdictions: ['DE'] })).headers;
    regulatorFR = (await actors.user('regulator', { jurisdictions: ['FR'] })).headers;
    auditor = (await actors.user('auditor')).headers;
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the platform key without authentication as a JWKS, kept under STORAGE_DIR', async () => {
    const { keys } = await jwks();
    expect(keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: expect.stringMatching(/^[0-9a-f]{64}$/), alg: 'EdDSA', use: 'sig' }]);
    expect(keys[0]).not.toHaveProperty('d');
    expect(parsePlatformKeys(JSON.stringify({ keys }))[0].keyId).toBe(keys[0].kid);
    const keptAt = join(resolve(api.config.STORAGE_DIR), GENERATED_KEY_FILE);
    expect((await stat(keptAt)).mode & 0o777).toBe(0o600);
    expect(parsePlatformKeys(JSON.stringify(keys[0]))[0].keyId).toBe(api.app.get(ReportSigner).keyId);
  });

  it('signs a report body so that it verifies with the served key, and fails after one byte changes', async () => {
    const [jwk] = (await jwks()).keys;
    const response = await request(api.server).get('/api/v1/test-reports/sample').buffer(true).parse(binary).expect(200);
    const body = response.body as Buffer;
    const signature = response.headers[REPORT_HEADERS.signature.toLowerCase()];
    expect(response.headers[REPORT_HEADERS.sha256.toLowerCase()]).toBe(createHash('sha256').update(body).digest('hex'));
    expect(response.headers[REPORT_HEADERS.keyId.toLowerCase()]).toBe(jwk.kid);
    expect(verifyReport(body, signature, jwk)).toBe(true);
    const tampered = Buffer.from(body);
    tampered[tampered.length - 2] ^= 0x01;
    expect(verifyReport(tampered, signature, jwk)).toBe(false);

    const file = join(dir, 'report.csv');
    await writeFile(file, SAMPLE_REPORT);
    expect(await api.app.get(ReportSigner).signFileHeaders(file)).toEqual(api.app.get(ReportSigner).headersFor(SAMPLE_REPORT));
  });

  it('bundles a submitted, signed attestation as a ZIP that verifies end to end', async () => {
    // An organisation of its own: once it registers a key, every submission of it must be signed.
    const signingOrganization = await actors.organization('DE');
    const signer = await actors.operatorOf(signingOrganization);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const registered = await request(api.server)
      .put(`/api/v1/organizations/${signingOrganization}/signing-keys`)
      .set(signer)
      .send({ keys: [{ name: 'officer', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }] })
      .expect(200);
    const datacenterId = (await request(api.server).post('/api/v1/datacenters').set(signer).send({ name: 'Signed and bundled', countryCode: 'DE' }).expect(201)).body.id as string;
    const id = await fixture.draft(datacenterId, signer);
    await fixture.attachRequiredEvidence(id, signer);
    const statement = (await request(api.server).get(`/api/v1/attestations/${id}/statement`).set(signer).buffer(true).parse(binary).expect(200)).body as Buffer;
    await request(api.server)
      .post(`/api/v1/attestations/${id}/submit`)
      .set(signer)
      .send({ signature: signEnvelope(statement, privateKey, registered.body.items[0].keyId as string) })
      .expect(202);

    const response = await download(id, regulatorDE).expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="attestation-${id}-bundle.zip"`);
    const zipPath = join(dir, `${id}.zip`);
    await writeFile(zipPath, response.body as Buffer);

    const keys = parsePlatformKeys(JSON.stringify(await jwks()));
    expect(await verifyBundleFile(zipPath, keys)).toEqual({ ok: true, keyId: keys[0].keyId, attestationId: id, files: expect.any(Number) });

    const { entries } = await readBundle(zipPath, (name) => name.endsWith('.json') || name.endsWith('.jsonl'));
    const evidence = (await request(api.server).get(`/api/v1/attestations/${id}`).set(signer).expect(200)).body.evidence as { sha256: string }[];
    expect([...entries.keys()].sort()).toEqual(
      [
        'statement.json',
        'statement.dsse.json',
        'policy.json',
        'findings.json',
        'decisions.json',
        'audit.jsonl',
        'manifest.json',
        'manifest.sig.json',
        ...new Set(evidence.map((item) => `evidence/${item.sha256}`)),
      ].sort(),
    );
    expect(entries.get('statement.json')?.bytes?.equals(statement)).toBe(true);
    expect(entries.get(`evidence/${evidence[0].sha256}`)?.size).toBe(PDF_BYTES.length);
    const audit = (entries.get('audit.jsonl')?.bytes?.toString('utf8') ?? '')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; entityId: string });
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['evidence.uploaded']));
    expect(audit.every((entry) => entry.entityId === id)).toBe(true);
    expect(JSON.parse(entries.get('policy.json')?.bytes?.toString('utf8') ?? '{}')).toMatchObject({ version: expect.any(String), pack: { controls: expect.any(Array) } });
  });

  it('refuses operators and auditors (403), anonymous callers (401), regulators of other jurisdictions (404) and drafts (409)', async () => {
    const draft = await fixture.draft(await datacenter(), operator);
    await fixture.attachRequiredEvidence(draft, operator);
    await download(draft, regulatorDE).expect(409);
    await request(api.server).post(`/api/v1/attestations/${draft}/submit`).set(operator).send({}).expect(202);
    await download(draft, operator).expect(403);
    await download(draft, auditor).expect(403);
    await request(api.server).get(`/api/v1/attestations/${draft}/bundle`).expect(401);
    await download(draft, regulatorFR).expect(404);
    await download(randomUUID(), regulatorDE).expect(404);
    await download(draft, await actors.admin()).expect(200);
  });

  it('cuts the download off rather than bundling evidence that no longer matches its digest', async () => {
    const id = await fixture.draft(await datacenter(), operator);
    await fixture.attachRequiredEvidence(id, operator);
    const unique = Buffer.concat([PDF_BYTES, Buffer.from(`% ${randomUUID()}\n`)]);
    const uploaded = await fixture.upload(id, operator, { type: 'certificate', controlIds: 'C4-CYBER-BASELINE' }, { bytes: unique, contentType: 'application/pdf' }).expect(201);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);

    const sha256 = uploaded.body.sha256 as string;
    const stored = join(resolve(api.config.STORAGE_DIR), 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    const corrupted = Buffer.from(await readFile(stored));
    corrupted[corrupted.length - 3] ^= 0x01;
    await chmod(stored, 0o600);
    await writeFile(stored, corrupted);

    await expect(download(id, regulatorDE)).rejects.toThrow();
  });
});
