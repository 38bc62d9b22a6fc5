import request from 'supertest';
import { DataSource } from 'typeorm';
import { referencePolicyPack, type PolicyPack } from '@tiergate/policy';
import { TestActors, type TestUser } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

describe('policy patterns cannot stall the platform', () => {
  let api: TestApi;
  let regulator: TestUser;
  let minor = 700;
  const nextPack = (changes: Partial<PolicyPack> = {}): PolicyPack => ({ ...referencePolicyPack(), version: `1.${(minor += 1)}.0`, ...changes });
  const publish = (pack: PolicyPack) => request(api.server).post('/api/v1/policy/versions').set(regulator.headers).send(pack);
  const stored = async (version: string) => (await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM policy_versions WHERE version = $1', [version]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
    regulator = await new TestActors(api).user('regulator');
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a catastrophic pattern with a 400 naming its path, storing nothing', async () => {
    const reference = referencePolicyPack();
    const pack = nextPack({ prohibitedHardware: [{ ...reference.prohibitedHardware[0], pattern: '^(a+)+$' }, ...reference.prohibitedHardware.slice(1)] });
    const response = await publish(pack).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.details).toEqual([
      { field: 'prohibitedHardware[0].pattern', problems: [expect.stringMatching(/^HUAWEI-ASCEND has an invalid pattern \^\(a\+\)\+\$: repeats a group that itself repeats/)] },
    ]);
    expect(response.body.message).toContain('prohibitedHardware[0].pattern');
    expect(await stored(pack.version)).toBe(0);
  });

  it('refuses lookarounds and backreferences, which RE2 cannot run, naming each field', async () => {
    const reference = referencePolicyPack();
    const pack = nextPack({
      accelerators: reference.accelerators.map((accelerator, index) => (index === 2 ? { ...accelerator, matches: ['(?<!Not )H800', ...accelerator.matches] } : accelerator)),
      prohibitedHardware: reference.prohibitedHardware.map((rule, index) => (index === 3 ? { ...rule, pattern: '(hygon)\\s+\\1' } : rule)),
    });
    const response = await publish(pack).expect(400);
    expect(response.body.details).toEqual([
      { field: 'accelerators[2].matches[0]', problems: [expect.stringMatching(/RE2 cannot compile it .*lookarounds are not supported/)] },
      { field: 'prohibitedHardware[3].pattern', problems: [expect.stringMatching(/RE2 cannot compile it .*backreferences are not supported/)] },
    ]);
    expect(await stored(pack.version)).toBe(0);
  });

  it('publishes the reference pack’s own patterns', async () => {
    const pack = nextPack();
    await publish(pack).expect(201);
    expect(await stored(pack.version)).toBe(1);
  });
});
