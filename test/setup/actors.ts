import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestApi } from './test-api';

export const TEST_PASSWORD = 'correct-horse-battery';

export type Headers = Record<string, string>;

export interface TestUser {
  id: string;
  headers: Headers;
}

/** Signs in, creates organisations and users of each role through the real API, for e2e tests. */
export class TestActors {
  private adminHeaders: Headers | null = null;

  constructor(private readonly api: TestApi) {}

  async login(email: string, password = TEST_PASSWORD): Promise<Headers> {
    const response = await request(this.api.server).post('/api/v1/auth/login').send({ email, password }).expect(200);
    return { Authorization: `Bearer ${response.body.accessToken as string}` };
  }

  async admin(): Promise<Headers> {
    this.adminHeaders ??= await this.login(this.api.config.ADMIN_EMAIL, this.api.config.ADMIN_PASSWORD);
    return this.adminHeaders;
  }

  async organization(hqCountry = 'DE', name = `Org ${randomUUID().slice(0, 8)}`): Promise<string> {
    const response = await request(this.api.server)
      .post('/api/v1/organizations')
      .set(await this.admin())
      .send({ name, hqCountry })
      .expect(201);
    return response.body.id as string;
  }

  /** A new user of the role, signed in; operators belong to `organizationId`. */
  async user(role: 'operator' | 'auditor' | 'regulator', extra: { organizationId?: string; jurisdictions?: string[] } = {}): Promise<TestUser> {
    const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
    const created = await request(this.api.server)
      .post('/api/v1/users')
      .set(await this.admin())
      .send({ email, password: TEST_PASSWORD, role, ...extra })
      .expect(201);
    return { id: created.body.id as string, headers: await this.login(email) };
  }

  async operatorOf(organizationId: string): Promise<Headers> {
    return (await this.user('operator', { organizationId })).headers;
  }
}
