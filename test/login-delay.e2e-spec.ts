import request from 'supertest';
import { SharedRedis } from '@tiergate/jobs';
import { LOGIN_FAILURES_KEY_PREFIX, LOGIN_LIMITS } from '../apps/api/src/auth/login-throttle';
import { startTestApi, type TestApi } from './setup/test-api';

/**
 * Failed logins slow the address they come from, at the account they aim at, more with every
 * failure; they never lock the account itself, so an attacker cannot keep the admin out.
 */
describe('login delay: an attacker cannot lock the admin out', () => {
  let api: TestApi;
  const ATTACKER = '203.0.113.66';
  const ADMIN_DESK = '198.18.0.7';

  const login = (email: string, password: string, address: string) => request(api.server).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
  /** As if the current wait had run out: the delay key expires, the count of failures stays. */
  const letTheWaitRunOut = async () => {
    const redis = api.app.get(SharedRedis).client;
    const keys = await redis.keys(`${LOGIN_FAILURES_KEY_PREFIX}delay:*|${ATTACKER}`);
    expect(keys.length).toBe(1);
    await redis.del(...keys);
  };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("doubles the attacker's wait with each failure while the admin signs in from another address", async () => {
    const admin = api.config.ADMIN_EMAIL;
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccountAddress; attempt += 1) {
      await login(attempt % 2 ? admin.toUpperCase() : admin, `wrong-password-${attempt}`, ATTACKER).expect(401);
    }
    const first = await login(admin, 'wrong-password-x', ATTACKER).expect(429);
    expect(first.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(Number(first.headers['retry-after'])).toBe(LOGIN_LIMITS.firstDelaySeconds);
    // Even the right password waits, from the attacker's address.
    await login(admin, api.config.ADMIN_PASSWORD, ATTACKER).expect(429);

    await letTheWaitRunOut();
    await login(admin, 'wrong-password-y', ATTACKER).expect(401);
    const second = await login(admin, 'wrong-password-z', ATTACKER).expect(429);
    expect(Number(second.headers['retry-after'])).toBe(2 * LOGIN_LIMITS.firstDelaySeconds);

    // The admin, at their own desk, is not locked out.
    const signedIn = await login(admin, api.config.ADMIN_PASSWORD, ADMIN_DESK).expect(200);
    expect(signedIn.body.user).toMatchObject({ role: 'admin' });
  });

  it('caps the wait, however long the attack goes on', async () => {
    for (let round = 0; round < 12; round += 1) {
      await letTheWaitRunOut();
      await login(api.config.ADMIN_EMAIL, `still-guessing-${round}`, ATTACKER).expect(401);
    }
    const capped = await login(api.config.ADMIN_EMAIL, 'still-guessing', ATTACKER).expect(429);
    expect(Number(capped.headers['retry-after'])).toBe(LOGIN_LIMITS.maxDelaySeconds);
    await login(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD, ADMIN_DESK).expect(200);
  });
});
