import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock } from '@tiergate/config';
import { TEST_PASSWORD, TestActors } from './setup/actors';
import { claimsFor, hmacToken } from './security/forged-tokens';
import { startTestApi, type TestApi } from './setup/test-api';

const DAY = 86_400_000;

describe('sessions end when they should', () => {
  let api: TestApi;
  let actors: TestActors;

  const signIn = async (email: string) =>
    (await request(api.server).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }).expect(200)).body as { accessToken: string; refreshToken: string };
  const me = (accessToken: string) => request(api.server).get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);
  const newAuditorEmail = async () => {
    const email = `session-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server)
      .post('/api/v1/users')
      .set(await actors.admin())
      .send({ email, password: TEST_PASSWORD, role: 'auditor' })
      .expect(201);
    return email;
  };

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
  });
  afterAll(() => api.close());

  it("ends the session's access tokens at logout, and only that session's", async () => {
    const email = await newAuditorEmail();
    const laptop = await signIn(email);
    const phone = await signIn(email);
    await me(laptop.accessToken).expect(200);

    await request(api.server).post('/api/v1/auth/logout').send({ refreshToken: laptop.refreshToken }).expect(204);
    const refused = await me(laptop.accessToken).expect(401);
    expect(refused.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Token is no longer valid' });
    await me(phone.accessToken).expect(200);
  });

  it('ends every access token of a refresh family revoked for reuse of a spent refresh token', async () => {
    const email = await newAuditorEmail();
    const login = await signIn(email);
    const rotated = (await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(200)).body as { accessToken: string };
    await me(login.accessToken).expect(200);
    await me(rotated.accessToken).expect(200);

    // The spent token again: someone copied it, and the family is revoked.
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(401);
    await me(login.accessToken).expect(401);
    await me(rotated.accessToken).expect(401);
  });

  it('ends a refresh token 30 days after it was issued, by the API’s clock', async () => {
    const fresh = await signIn(await newAuditorEmail());
    const aged = await signIn(await newAuditorEmail());
    const clock = api.app.get(Clock);
    clock.advance(29 * DAY);
    try {
      await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: fresh.refreshToken }).expect(200);
      clock.advance(2 * DAY);
      await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: aged.refreshToken }).expect(401);
    } finally {
      clock.advance(-31 * DAY);
    }
  });

  it('refuses a correctly signed token that names no session', async () => {
    const email = await newAuditorEmail();
    const userId = (await me((await signIn(email)).accessToken).expect(200)).body.id as string;
    await me(hmacToken(claimsFor(userId, 'auditor'), api.config.JWT_SECRET)).expect(401);
    await me(hmacToken({ ...claimsFor(userId, 'auditor'), sid: 'not-a-session' }, api.config.JWT_SECRET)).expect(401);
  });

  it('still applies a changed role at once, to a token issued before the change', async () => {
    const email = `session-regulator-${randomUUID().slice(0, 8)}@example.test`;
    const regulator = (
      await request(api.server)
        .post('/api/v1/users')
        .set(await actors.admin())
        .send({ email, password: TEST_PASSWORD, role: 'regulator' })
        .expect(201)
    ).body;
    const { accessToken } = await signIn(email);
    const users = () => request(api.server).get('/api/v1/users').set('Authorization', `Bearer ${accessToken}`);
    await users().expect(403);
    await request(api.server)
      .patch(`/api/v1/users/${regulator.id}`)
      .set(await actors.admin())
      .send({ role: 'admin' })
      .expect(200);
    await users().expect(200);
  });
});
