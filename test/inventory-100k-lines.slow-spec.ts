import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestActors, type Headers } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

describe('inventory at registry scale', () => {
  let api: TestApi;
  let operator: Headers;
  const register = async (as: Headers, body: Record<string, unknown>) => (await request(api.server).post('/api/v1/datacenters').set(as).send(body).expect(201)).body;
  const putCsv = (id: string, csv: string) => request(api.server).put(`/api/v1/datacenters/${id}/inventory`).set(operator).set('Content-Type', 'text/csv').send(csv);
  const lineCount = async (id: string) => (await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM inventory_lines WHERE datacenter_id = $1', [id]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
    const actors = new TestActors(api);
    operator = await actors.operatorOf(await actors.organization('DE'));
  });
  afterAll(() => api.close());

  it('accepts a 100,000-line CSV inventory', async () => {
    const datacenter = await register(operator, { name: 'Hyperscale', countryCode: 'DE' });
    const lines = ['vendor,model,quantity'];
    for (let index = 0; index < 100_000; index += 1) lines.push(index % 2 ? 'NVIDIA,H100-SXM5,8' : 'AMD,MI300X,8');
    const response = await putCsv(datacenter.id, lines.join('\n')).expect(200);
    expect(response.body).toMatchObject({ totalAccelerators: 800_000, inventory: { revision: 1, lineCount: 100_000 } });
    expect(await lineCount(datacenter.id)).toBe(100_000);
  });
});
