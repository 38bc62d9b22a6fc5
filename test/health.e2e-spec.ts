import request from 'supertest';
import { DisposableRedis, waitFor } from '@tiergate/testing';
import { startTestApi, type TestApi } from './setup/test-api';

describe('API baseline', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ BODY_LIMIT: '2kb' });
  });
  afterAll(() => api.close());

  it('reports PostgreSQL and Redis as up', async () => {
    const response = await request(api.server).get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers unknown routes in the one error format', async () => {
    const response = await request(api.server).get('/api/v1/no-such-thing').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/v1/no-such-thing' });
  });

  it('answers malformed JSON with 400 in the error format', async () => {
    const response = await request(api.server).post('/api/v1/anything').set('Content-Type', 'application/json').send('{"unterminated": ').expect(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Request body is not valid JSON' });
  });

  it('answers an oversized body with 413 in the error format', async () => {
    const response = await request(api.server)
      .post('/api/v1/anything')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(4096) }))
      .expect(413);
    expect(response.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
  });

  it('echoes a plain X-Request-Id and replaces an unsafe one', async () => {
    const echoed = await request(api.server).get('/health').set('X-Request-Id', 'trace-42.a');
    expect(echoed.headers['x-request-id']).toBe('trace-42.a');
    const replaced = await request(api.server).get('/health').set('X-Request-Id', 'spaces and {braces} do not belong in logs');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends helmet security headers', async () => {
    const response = await request(api.server).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('exposes Prometheus metrics with HTTP latency by route and queue depths', async () => {
    await request(api.server).get('/health');
    const response = await request(api.server).get('/metrics').expect(200);
    expect(response.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} \d+/);
    expect(response.text).toMatch(/tiergate_queue_jobs\{queue="verification",state="waiting"\} \d+/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const spec = await request(api.server).get('/docs-json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/health', '/metrics']));
    await request(api.server).get('/docs').expect(200);
  });
});

describe('health while Redis comes and goes', () => {
  let redis: DisposableRedis;
  let api: TestApi;

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    api = await startTestApi({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  it('turns 503 when Redis stops and 200 again when it returns, without a restart', async () => {
    await request(api.server).get('/health').expect(200);

    await redis.stop();
    const down = await waitFor('health to report Redis down', async () => {
      const response = await request(api.server).get('/health');
      return response.status === 503 ? response : undefined;
    });
    expect(down.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: 'Not ready: redis unavailable' });
    expect(down.body.details.error.redis.status).toBe('down');

    await redis.start();
    await waitFor('health to recover', async () => (await request(api.server).get('/health')).status === 200);
  });
});
