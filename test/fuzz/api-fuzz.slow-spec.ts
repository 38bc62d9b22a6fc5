import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import Redis from 'ioredis';
import request from 'supertest';
import { LOGIN_FAILURES_KEY_PREFIX } from '../../apps/api/src/auth/login-throttle';
import { PDF_BYTES } from '../setup/attestation-fixture';
import { startTestApi, type TestApi } from '../setup/test-api';
import { errorFormatProblems } from './error-format';
import { FuzzClient } from './fuzz-client';
import { generatedRequest, toFuzzRequest, type FuzzContext, type GeneratedRequest } from './fuzz-request';
import { fieldHints, restoreDraft, seedFuzzWorld } from './fuzz-world';
import { junkCredentials } from './junk-credentials';
import { multipartContentType, type MultipartBody } from './multipart-body';
import { REGRESSIONS } from './regressions';
import { unexpectedWrites } from './rejection-writes';
import { routeCatalogue, type OpenApiDocument, type RouteOperation } from './route-catalogue';
import { validExample } from './valid-example';
import { WriteProbe } from './write-probe';

/** The acceptance bar of the fuzz suite: this many generated requests in one run, none answered 5xx. */
const MINIMUM_REQUESTS = 10_000;
/** One seed for the whole run, printed, and replayable with FUZZ_SEED=<seed>. */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff));
/** Keeps one failure report readable when the counterexample holds a megabyte of padding. */
const MAX_COUNTEREXAMPLE_LENGTH = 2_000;

function failureReport(operation: RouteOperation, details: fc.RunDetails<[GeneratedRequest]>): string {
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return [
    `${operation.method} ${operation.path} failed after ${details.numRuns} runs (${details.numShrinks} shrinks): ${error}`,
    `  replay: FUZZ_SEED=${SEED} (fast-check seed ${details.seed}, path ${details.counterexamplePath})`,
    `  counterexample: ${fc.stringify(details.counterexample).slice(0, MAX_COUNTEREXAMPLE_LENGTH)}`,
  ].join('\n');
}

describe(`fuzzing every route of the OpenAPI document as every caller (seed ${SEED})`, () => {
  let api: TestApi;
  let client: FuzzClient;
  let probe: WriteProbe;
  let operations: RouteOperation[];
  let context: FuzzContext;
  let fuzzed = 0;
  /** Accepted requests whose writes the probe saw: none would mean the probe sees nothing, and proves nothing about refusals. */
  let acceptedWithWrites = 0;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    // A small evidence limit, so that the fuzzer reaches the 413 of an upload without sending 256 MB.
    api = await startTestApi({ EVIDENCE_MAX_BYTES: String(1024 * 1024) });
    const server = api.server as Server;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    client = new FuzzClient((server.address() as AddressInfo).port);

    const world = await seedFuzzWorld(api);
    operations = routeCatalogue((await request(api.server).get('/docs-json').expect(200)).body as OpenApiDocument);
    context = {
      world,
      hints: fieldHints(world),
      junk: junkCredentials(api.config.JWT_SECRET, world.revokedApiKey),
      evidence: { evidenceType: world.evidence.type, controlIds: [world.evidence.controlId, ...world.controlIds] },
    };
    probe = await WriteProbe.install(api.config.DATABASE_URL);
  }, 120_000);

  // Writes are blamed on the request just sent: forget those of whatever ran before.
  beforeEach(() => probe.writesSinceLastLook());

  afterAll(async () => {
    await probe?.uninstall();
    client?.close();
    if (!api) return;
    // Fuzzed logins fill the login throttle (the admin's account, the loopback address) for 15 minutes:
    // the specs that run after this one in the same Redis must still be able to sign in.
    const redis = new Redis(api.config.REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const keys = await redis.keys(`${LOGIN_FAILURES_KEY_PREFIX}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    await api.close();
  });

  /** Everything wrong with the answer to one fuzzed request. */
  async function problemsWith(operation: RouteOperation, generated: GeneratedRequest): Promise<string[]> {
    const sent = toFuzzRequest(operation, generated, context.world);
    const response = await client.send(sent);
    const writes = await probe.writesSinceLastLook();
    const problems: string[] = [];
    if (response.status < 400 && writes.length > 0) acceptedWithWrites += 1;
    if (response.status >= 500) problems.push(`answered ${response.status}`);
    if (response.status >= 400) {
      problems.push(...errorFormatProblems(response));
      const withValidApiKey = generated.caller === 'apiKey' && generated.junkCredentials === null;
      const unexpected = unexpectedWrites({ method: operation.method, path: operation.path, withValidApiKey }, writes);
      if (unexpected.length > 0) problems.push(`refused, yet wrote ${unexpected.map((write) => `${write.operation} ${write.table}${write.action ? ` (${write.action})` : ''}`).join(', ')}`);
    }
    if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys.join()) problems.push('Object.prototype was polluted');
    return problems.map((problem) => `${sent.method} ${sent.path.slice(0, 300)} as ${generated.caller} → ${response.status}: ${problem}; body ${response.text.slice(0, 400)}`);
  }

  it('reads the routes to fuzz from the OpenAPI document', () => {
    const routes = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(routes).toEqual(
      expect.arrayContaining(['POST /api/v1/auth/login', 'POST /api/v1/attestations/{id}/evidence', 'PUT /api/v1/datacenters/{id}/inventory', 'POST /api/v1/datacenters/import', 'GET /health']),
    );
    expect(routes.length).toBeGreaterThan(60);
  });

  // Mutations start from these bodies: if the API refused them, every fuzzed body would stop at the first check.
  it('builds valid bodies the API accepts: JSON, CSV and multipart', async () => {
    const { world } = context;
    const send = async (route: string, generated: Omit<GeneratedRequest, 'junkCredentials' | 'query' | 'rawQuery' | 'headers'>) => {
      const operation = operations.find((candidate) => `${candidate.method} ${candidate.path}` === route) as RouteOperation;
      const response = await client.send(toFuzzRequest(operation, { junkCredentials: null, query: [], rawQuery: undefined, headers: {}, ...generated }, world));
      return `${route} → ${response.status}`;
    };
    const createDatacenter = operations.find((operation) => operation.method === 'POST' && operation.path === '/api/v1/datacenters') as RouteOperation;
    // organizationId is for admins only; an operator's own organisation is implied.
    const datacenter = { ...(validExample(createDatacenter.body?.['application/json'] ?? {}, context.hints) as object), name: 'Fuzz valid example', organizationId: undefined };
    const upload: MultipartBody = {
      boundary: 'fuzz-valid',
      declaredBoundary: 'fuzz-valid',
      parts: [
        { name: 'type', content: world.evidence.type, isFile: false },
        { name: 'controlIds', content: world.evidence.controlId, isFile: false },
        { name: 'file', filename: 'evidence.pdf', contentType: 'application/pdf', content: PDF_BYTES.toString('latin1'), isFile: true },
      ],
      ending: 'close',
    };
    expect([
      await send('POST /api/v1/datacenters', { caller: 'operator', pathValues: [], body: { contentType: 'application/json', text: JSON.stringify(datacenter) } }),
      await send('POST /api/v1/datacenters/import', {
        caller: 'operator',
        pathValues: [],
        body: { contentType: 'text/csv', text: 'name,countryCode,city,latitude,longitude\nFuzz-import,DE,Fuzzburg,50.11,8.68\n' },
      }),
      await send('POST /api/v1/attestations/{id}/evidence', { caller: 'operator', pathValues: [world.ids.attestations[0]], body: { contentType: multipartContentType(upload), multipart: upload } }),
    ]).toEqual(['POST /api/v1/datacenters → 201', 'POST /api/v1/datacenters/import → 201', 'POST /api/v1/attestations/{id}/evidence → 201']);
  });

  it.each(REGRESSIONS.map((regression) => [regression.route, regression.found, regression] as const))('still handles an input that once failed: %s, where %s', async (route, _found, regression) => {
    const operation = operations.find((candidate) => `${candidate.method} ${candidate.path}` === route);
    if (!operation) throw new Error(`${route} is no longer in the OpenAPI document`);
    expect(await problemsWith(operation, regression.request(context.world))).toEqual([]);
  });

  it('answers every fuzzed request below 500, refusals in the one error format and without writing, and keeps answering', async () => {
    const started = Date.now();
    const runsPerRoute = Math.ceil(MINIMUM_REQUESTS / operations.length);
    const failures: string[] = [];
    for (const [index, operation] of operations.entries()) {
      await restoreDraft(api, context.world);
      await probe.writesSinceLastLook();
      const property = fc.asyncProperty(generatedRequest(operation, context), async (generated) => {
        fuzzed += 1;
        const problems = await problemsWith(operation, generated);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      });
      const details = await fc.check(property, { numRuns: runsPerRoute, seed: SEED + index });
      if (details.failed) failures.push(failureReport(operation, details));
      const health = await client.send({ method: 'GET', path: '/health', headers: {} });
      if (health.status !== 200) failures.push(`GET /health answered ${health.status} after fuzzing ${operation.method} ${operation.path}`);
    }
    console.log(`fuzz: ${fuzzed} generated requests to ${operations.length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    expect(failures).toEqual([]);
  }, 600_000);

  it(`sent at least ${MINIMUM_REQUESTS} generated requests`, () => {
    expect(fuzzed).toBeGreaterThanOrEqual(MINIMUM_REQUESTS);
  });

  it('saw the rows written by the requests it accepted', () => {
    expect(acceptedWithWrites).toBeGreaterThan(0);
  });
});
