import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestActors, type Headers } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

describe('datacenter registry', () => {
  let api: TestApi;
  let actors: TestActors;
  let organizationId: string;
  let operator: Headers;
  let strangerOperator: Headers;
  let auditor: Headers;
  const register = async (as: Headers, body: Record<string, unknown>) => (await request(api.server).post('/api/v1/datacenters').set(as).send(body).expect(201)).body;
  const putCsv = (id: string, csv: string, as: Headers = operator) => request(api.server).put(`/api/v1/datacenters/${id}/inventory`).set(as).set('Content-Type', 'text/csv').send(csv);
  const lineCount = async (id: string) => (await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM inventory_lines WHERE datacenter_id = $1', [id]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    organizationId = await actors.organization('DE');
    operator = await actors.operatorOf(organizationId);
    strangerOperator = await actors.operatorOf(await actors.organization('FR'));
    auditor = (await actors.user('auditor')).headers;
  });
  afterAll(() => api.close());

  it('registers a facility for the operator’s own organisation and derives its tier', async () => {
    const created = await register(operator, { name: 'Frankfurt-1', countryCode: 'de', city: 'Frankfurt', latitude: 50.11, longitude: 8.68 });
    expect(created).toMatchObject({
      organizationId,
      countryCode: 'DE',
      tier: 1,
      complianceStatus: 'unattested',
      totalAccelerators: 0,
      h100Equivalents: 0,
      nextAuditDue: null,
      inventory: { revision: 0, lineCount: 0 },
    });
    await request(api.server).post('/api/v1/datacenters').set(operator).send({ name: 'Frankfurt-1', countryCode: 'DE' }).expect(409);
    const invalid = await request(api.server).post('/api/v1/datacenters').set(operator).send({ name: '', countryCode: 'XX', latitude: 91, colour: 'red' }).expect(400);
    expect((invalid.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['colour', 'countryCode', 'latitude', 'name']);
  });

  it('hides other organisations’ facilities behind 404 and scopes regulators to their jurisdictions', async () => {
    const german = await register(operator, { name: 'Berlin-Scope', countryCode: 'DE' });
    const indian = await register(operator, { name: 'Mumbai-Scope', countryCode: 'IN' });
    await request(api.server).get(`/api/v1/datacenters/${german.id}`).set(strangerOperator).expect(404);
    await putCsv(german.id, 'vendor,model,quantity\nNVIDIA,H100,1', strangerOperator).expect(404);
    const strangerList = (await request(api.server).get('/api/v1/datacenters?limit=200').set(strangerOperator).expect(200)).body.items as { id: string }[];
    expect(strangerList.map((row) => row.id)).not.toContain(german.id);

    const indiaRegulator = (await actors.user('regulator', { jurisdictions: ['IN'] })).headers;
    await request(api.server).get(`/api/v1/datacenters/${german.id}`).set(indiaRegulator).expect(404);
    await request(api.server).get(`/api/v1/datacenters/${indian.id}`).set(indiaRegulator).expect(200);
    await request(api.server).get(`/api/v1/datacenters/${german.id}`).set(auditor).expect(200);
  });

  it('filters by country, tier, status and organisation', async () => {
    const organization = await actors.organization('US');
    const owner = await actors.operatorOf(organization);
    const inTier2 = await register(owner, { name: 'Warsaw', countryCode: 'PL' });
    const inTier3 = await register(owner, { name: 'Shanghai', countryCode: 'CN' });
    await register(owner, { name: 'Austin', countryCode: 'US' });
    const ids = async (query: string) => ((await request(api.server).get(`/api/v1/datacenters?${query}`).set(auditor).expect(200)).body.items as { id: string }[]).map((row) => row.id);
    expect(await ids(`organizationId=${organization}&tier=2`)).toEqual([inTier2.id]);
    expect(await ids(`organizationId=${organization}&country=cn`)).toEqual([inTier3.id]);
    expect(await ids(`organizationId=${organization}&status=unattested`)).toHaveLength(3);
    expect(await ids(`organizationId=${organization}&status=compliant`)).toEqual([]);
    const bad = await request(api.server).get('/api/v1/datacenters?tier=4&status=fine&country=ZZ&organizationId=x').set(auditor).expect(400);
    expect((bad.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['country', 'organizationId', 'status', 'tier']);
  });

  it('pages with a keyset cursor that concurrent inserts do not disturb', async () => {
    const organization = await actors.organization('SE');
    const owner = await actors.operatorOf(organization);
    for (let index = 0; index < 5; index += 1) await register(owner, { name: `Page-${index}`, countryCode: 'SE' });
    const first = (await request(api.server).get(`/api/v1/datacenters?organizationId=${organization}&limit=2`).set(owner).expect(200)).body;
    await Promise.all([register(owner, { name: 'Late-A', countryCode: 'SE' }), register(owner, { name: 'Late-B', countryCode: 'SE' })]);
    const seen = first.items.map((row: { name: string }) => row.name);
    let cursor = first.nextCursor as string | null;
    while (cursor) {
      const page = (await request(api.server).get(`/api/v1/datacenters?organizationId=${organization}&limit=2&cursor=${cursor}`).set(owner).expect(200)).body;
      seen.push(...page.items.map((row: { name: string }) => row.name));
      cursor = page.nextCursor;
    }
    expect(seen.slice(0, 5)).toEqual(['Page-0', 'Page-1', 'Page-2', 'Page-3', 'Page-4']);
    expect(new Set(seen).size).toBe(7);
  });

  it('counts H100-equivalents from real spellings, prices an A100 by TPP and lists unknown models', async () => {
    const datacenter = await register(operator, { name: 'Catalog', countryCode: 'PL' });
    const replaced = await request(api.server)
      .put(`/api/v1/datacenters/${datacenter.id}/inventory`)
      .set(operator)
      .send({ items: [{ vendor: 'NVIDIA', model: 'NVIDIA H100 80GB HBM3', quantity: 1_000 }] })
      .expect(200);
    expect(replaced.body).toMatchObject({ totalAccelerators: 1_000, h100Equivalents: 1_000, unknownModels: [], inventory: { revision: 1, lineCount: 1 } });

    const mixed = await putCsv(datacenter.id, 'vendor,model,quantity\nNVIDIA,A100-SXM4-80GB,100\nAcme,Quantum Brick 9000,7\n').expect(200);
    expect(mixed.body.h100Equivalents).toBeCloseTo((100 * 4_992) / 15_832, 2);
    expect(mixed.body.totalAccelerators).toBe(107);
    expect(mixed.body.unknownModels).toEqual([{ vendor: 'Acme', model: 'Quantum Brick 9000', quantity: 7 }]);
  });

  it('flags a Tier 2 facility over the low-processing threshold and one over the agreement threshold', async () => {
    const datacenter = await register(operator, { name: 'Big Tier 2', countryCode: 'IN' });
    const response = await request(api.server)
      .put(`/api/v1/datacenters/${datacenter.id}/inventory`)
      .set(operator)
      .send({ items: [{ vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 60_000 }] })
      .expect(200);
    expect(response.body.thresholds).toEqual({ overLowProcessingThreshold: true, overIgaThreshold: true, igaInForce: false });
  });

  it('rejects a bad quantity on line 7 naming line 7, leaving the previous inventory unchanged', async () => {
    const datacenter = await register(operator, { name: 'Atomic', countryCode: 'DE' });
    await putCsv(datacenter.id, 'vendor,model,quantity\nNVIDIA,H100,10\nNVIDIA,A100,5\n').expect(200);
    const csv = ['vendor,model,quantity', 'NVIDIA,H100,1', 'NVIDIA,H100,1', 'NVIDIA,H100,1', 'NVIDIA,H100,1', 'NVIDIA,H100,1', 'NVIDIA,H100,many', 'NVIDIA,H100,1'].join('\n');
    const response = await putCsv(datacenter.id, csv).expect(400);
    expect(response.body.message).toContain('line 7');
    expect(response.body.details[0].field).toBe('line 7, column quantity');
    const after = (await request(api.server).get(`/api/v1/datacenters/${datacenter.id}`).set(operator).expect(200)).body;
    expect(after).toMatchObject({ totalAccelerators: 15, inventory: { revision: 1, lineCount: 2 } });
    expect(await lineCount(datacenter.id)).toBe(2);
  });

  it('answers 415 for other media types and 400 for a malformed JSON inventory', async () => {
    const datacenter = await register(operator, { name: 'Media', countryCode: 'DE' });
    await request(api.server).put(`/api/v1/datacenters/${datacenter.id}/inventory`).set(operator).set('Content-Type', 'application/xml').send('<items/>').expect(415);
    const bad = await request(api.server)
      .put(`/api/v1/datacenters/${datacenter.id}/inventory`)
      .set(operator)
      .send({
        items: [
          { vendor: 'NVIDIA', model: 'H100', quantity: -1 },
          { vendor: '', model: 'A100', quantity: 1.5 },
        ],
      })
      .expect(400);
    expect((bad.body.details as { field: string }[]).map((detail) => detail.field)).toEqual(expect.arrayContaining(['items[0].quantity', 'items[1].vendor', 'items[1].quantity']));
  });

  it('keeps every revision with its diff and the reason for each decrease', async () => {
    const datacenter = await register(operator, { name: 'History', countryCode: 'DE' });
    const elsewhere = await register(operator, { name: 'History-Destination', countryCode: 'DE' });
    await putCsv(datacenter.id, 'vendor,model,quantity\nNVIDIA,H100,100\nNVIDIA,A100,50\nAMD,MI300X,20\n').expect(200);
    await request(api.server)
      .put(`/api/v1/datacenters/${datacenter.id}/inventory`)
      .set(operator)
      .send({
        items: [
          { vendor: 'NVIDIA', model: 'H100', quantity: 80, reason: 'transferred', destinationDatacenterId: elsewhere.id },
          { vendor: 'NVIDIA', model: 'A100', quantity: 0, reason: 'decommissioned' },
        ],
      })
      .expect(200);
    const history = (await request(api.server).get(`/api/v1/datacenters/${datacenter.id}/inventory/revisions`).set(auditor).expect(200)).body.items;
    expect(history.map((revision: { revision: number }) => revision.revision)).toEqual([1, 2]);
    expect(history[1].changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ model: 'H100', before: 100, after: 80, delta: -20, reason: 'transferred', destinationDatacenterId: elsewhere.id }),
        expect.objectContaining({ model: 'A100', before: 50, after: 0, delta: -50, reason: 'decommissioned' }),
        expect.objectContaining({ model: 'MI300X', before: 20, after: 0, delta: -20 }),
      ]),
    );
    expect(history[1].changes.find((change: { model: string }) => change.model === 'MI300X').reason).toBeUndefined();

    const unknownDestination = await request(api.server)
      .put(`/api/v1/datacenters/${datacenter.id}/inventory`)
      .set(operator)
      .send({ items: [{ vendor: 'NVIDIA', model: 'H100', quantity: 1, reason: 'transferred', destinationDatacenterId: '00000000-0000-4000-8000-000000000000' }] })
      .expect(400);
    expect(unknownDestination.body.details[0].field).toBe('items[0].destinationDatacenterId');
    const audit = await api.app.get(DataSource).query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [datacenter.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['datacenter.created', 'datacenter.inventory_replaced', 'datacenter.inventory_replaced']);
  });

  it('imports a fleet from CSV all-or-nothing, with errors by line', async () => {
    const organization = await actors.organization('NL');
    const owner = await actors.operatorOf(organization);
    const importCsv = (csv: string) => request(api.server).post('/api/v1/datacenters/import').set(owner).set('Content-Type', 'text/csv').send(csv);
    const bad = await importCsv(
      'name,countryCode,city,latitude,longitude\nAmsterdam-1,NL,Amsterdam,52.37,4.9\nRotterdam-1,XX,Rotterdam,51.9,4.48\nAmsterdam-1,NL,,,\nUtrecht,NL,Utrecht,95,5.1\n',
    ).expect(400);
    expect((bad.body.details as { field: string }[]).map((detail) => detail.field)).toEqual(['line 3, column countryCode', 'line 4, column name', 'line 5, column latitude']);
    expect((await request(api.server).get(`/api/v1/datacenters?organizationId=${organization}`).set(owner).expect(200)).body.items).toEqual([]);

    const fleet = await importCsv('name,countryCode,city,latitude,longitude\r\nAmsterdam-1,NL,Amsterdam,52.37,4.9\r\n"Rotterdam, Port",NL,Rotterdam,51.9,4.48\r\n').expect(201);
    expect(fleet.body.items.map((row: { name: string; tier: number }) => [row.name, row.tier])).toEqual([
      ['Amsterdam-1', 1],
      ['Rotterdam, Port', 1],
    ]);
    const again = await importCsv('name,countryCode\nAmsterdam-1,NL\n').expect(400);
    expect(again.body.details[0].field).toBe('line 2, column name');
    await importCsv('colour,countryCode\nred,NL\n').expect(400);
    await request(api.server).post('/api/v1/datacenters/import').set(owner).send({ name: 'x' }).expect(415);
  });
});
