import { createHash, type JsonWebKey } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Response as SuperagentResponse } from 'superagent';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { REPORT_HEADERS, verifyReport } from '@tiergate/domain';
import { DatacenterStatusWriter, type ComplianceStatus } from '@tiergate/persistence';
import { DATACENTER_EXPORT_CSV_HEADER } from '@tiergate/documents';
import { waitFor } from '@tiergate/testing';
import { ReportsModule } from '../apps/api/src/reports/reports.module';
import { oscalSchemaValidator } from '../libs/documents/src/oscal/oscal-schema.test-support';
import { TestActors, type Headers } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';

/**
 * TPP of the catalog models the seed uses, copied from the reference pack, so the expected
 * figures are computed here and never by the code under test.
 */
const TPP: Record<string, number> = { H100: 15_832, A100: 4_992, B200: 36_000 };
const H100_TPP = 15_832;
const SEVERITIES = ['blocker', 'major', 'minor', 'info'] as const;
const STATUSES = ['unattested', 'pending', 'compliant', 'non_compliant', 'expired', 'suspended'] as const;
type Severity = (typeof SEVERITIES)[number];
type Moment = 'before' | 'now';

interface SeedFinding {
  severity: Severity;
  status: 'open' | 'closed';
  /** Raised before the `before` moment (and closed since, when closed): open at `before`, by the report's definition. */
  raisedEarly?: boolean;
}

interface SeedFacility {
  name: string;
  organization: 'fjord' | 'malta';
  country: 'NO' | 'IS' | 'MT';
  inventory: { vendor: string; model: string; quantity: number }[];
  /** Status changes before the `before` moment, then after it, in order. */
  early: ComplianceStatus[];
  late: ComplianceStatus[];
  overdue?: boolean;
  findings?: SeedFinding[];
  /** Registered after the `before` moment: absent from a report as of then. */
  registeredLate?: boolean;
}

// Countries no other e2e file registers facilities in, so a regulator scoped to them sees exactly this seed.
const SEED: SeedFacility[] = [
  { name: 'Oslo-1', organization: 'fjord', country: 'NO', inventory: [{ vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 100 }], early: ['pending'], late: ['compliant'] },
  { name: 'Oslo-2', organization: 'fjord', country: 'NO', inventory: [{ vendor: 'NVIDIA', model: 'A100 80GB', quantity: 50 }], early: ['pending'], late: ['compliant'], overdue: true },
  { name: 'Bergen-1', organization: 'fjord', country: 'NO', inventory: [{ vendor: 'NVIDIA', model: 'H100', quantity: 10 }], early: [], late: [] },
  {
    name: 'Reykjavik-1',
    organization: 'fjord',
    country: 'IS',
    inventory: [
      { vendor: 'NVIDIA', model: 'B200', quantity: 8 },
      { vendor: 'Acme', model: 'Mystery-9', quantity: 5 },
    ],
    early: ['pending'],
    late: ['compliant'],
    findings: [{ severity: 'info', status: 'open' }],
  },
  {
    name: 'Reykjavik-2',
    organization: 'fjord',
    country: 'IS',
    inventory: [{ vendor: 'NVIDIA', model: 'H100', quantity: 20 }],
    early: ['pending'],
    late: ['non_compliant'],
    findings: [{ severity: 'blocker', status: 'open' }],
  },
  {
    name: 'Akureyri-1',
    organization: 'fjord',
    country: 'IS',
    inventory: [{ vendor: 'NVIDIA', model: 'H100', quantity: 30 }],
    early: ['pending'],
    late: ['compliant', 'suspended'],
    findings: [
      { severity: 'major', status: 'open' },
      { severity: 'minor', status: 'closed', raisedEarly: true },
    ],
  },
  { name: 'Valletta-1', organization: 'malta', country: 'MT', inventory: [{ vendor: 'NVIDIA', model: 'A100', quantity: 4 }], early: ['pending'], late: [] },
  { name: 'Valletta-2', organization: 'malta', country: 'MT', inventory: [{ vendor: 'NVIDIA', model: 'H100', quantity: 2 }], early: ['pending'], late: ['compliant', 'expired'] },
  { name: 'Mdina-1', organization: 'malta', country: 'MT', inventory: [], early: [], late: [] },
  { name: 'Gozo-1', organization: 'malta', country: 'MT', inventory: [{ vendor: 'NVIDIA', model: 'H100', quantity: 1 }], early: [], late: [], registeredLate: true },
];

// ---- the expected figures, computed from the seed alone ----

function statusAt(facility: SeedFacility, moment: Moment): ComplianceStatus {
  const changes = moment === 'before' ? facility.early : [...facility.early, ...facility.late];
  return changes.at(-1) ?? 'unattested';
}

function existsAt(facility: SeedFacility, moment: Moment): boolean {
  return moment === 'now' || !facility.registeredLate;
}

function expectedFigures(facilities: SeedFacility[], moment: Moment) {
  const present = facilities.filter((facility) => existsAt(facility, moment));
  const compliant = present.filter((facility) => statusAt(facility, moment) === 'compliant');
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, present.filter((facility) => statusAt(facility, moment) === status).length]));
  const lines = compliant.flatMap((facility) => facility.inventory);
  const tpp = lines.reduce((sum, line) => sum + (TPP[line.model.split(' ')[0]] ?? 0) * line.quantity, 0);
  const openFindings = Object.fromEntries(
    SEVERITIES.map((severity) => [
      severity,
      present.flatMap((facility) => facility.findings ?? []).filter((finding) => finding.severity === severity && (moment === 'now' ? finding.status === 'open' : finding.raisedEarly === true)).length,
    ]),
  );
  return {
    datacenters: present.length,
    byStatus,
    h100Equivalents: Math.round((tpp / H100_TPP) * 1000) / 1000,
    accelerators: lines.reduce((sum, line) => sum + line.quantity, 0),
    // Only "now": nothing is compliant at "before", and next audits are due from the approvals on.
    overdueReaudits: compliant.filter((facility) => moment === 'now' && facility.overdue).length,
    openFindings,
  };
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

// ---- reading what the API sends ----

/** Keeps the exact bytes of any body, so the signature is checked over what was sent. */
function rawBody(response: SuperagentResponse, callback: (error: Error | null, body: Buffer) => void): void {
  // At parse time superagent hands over the raw message stream, whatever its declared type says.
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * The text of an uncompressed pdfkit document: pdfkit writes standard-font text as hex strings in
 * TJ arrays (kerning numbers between them), one array per line it lays out.
 */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, content] of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    for (const operator of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const strings = operator[1] !== undefined ? [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((match) => match[1]) : [operator[2]];
      lines.push(strings.map((hex) => Buffer.from(hex, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}

function csvRows(text: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

describe('reports', () => {
  let api: TestApi;
  let actors: TestActors;
  let db: DataSource;
  let admin: Headers;
  let seedRegulator: Headers;
  let icelandRegulator: Headers;
  let operator: Headers;
  let auditor: Headers;
  let publicKey: JsonWebKey;
  let before: string;
  const organizations = new Map<SeedFacility['organization'], string>();
  const ids = new Map<string, string>();
  const attestations = new Map<string, string>();

  const get = (path: string, as: Headers) => request(api.server).get(`/api/v1${path}`).set(as).buffer(true).parse(rawBody);
  const json = async (path: string, as: Headers) => {
    const response = await get(path, as).expect(200);
    expectSigned(response.body as Buffer, response.headers);
    return JSON.parse((response.body as Buffer).toString('utf8'));
  };

  function expectSigned(body: Buffer, headers: Record<string, string>): void {
    expect(headers[REPORT_HEADERS.sha256.toLowerCase()]).toBe(createHash('sha256').update(body).digest('hex'));
    const signature = headers[REPORT_HEADERS.signature.toLowerCase()];
    expect(headers[REPORT_HEADERS.keyId.toLowerCase()]).toBe((publicKey as { kid?: string }).kid);
    expect(verifyReport(body, signature, publicKey)).toBe(true);
    const tampered = Buffer.from(body);
    tampered[Math.floor(tampered.length / 2)] ^= 0x01;
    expect(verifyReport(tampered, signature, publicKey)).toBe(false);
  }

  async function changeStatus(datacenterId: string, to: ComplianceStatus, overdue: boolean): Promise<void> {
    const writer = api.app.get(DatacenterStatusWriter);
    const day = 24 * 60 * 60 * 1000;
    const nextAuditDue = to === 'compliant' ? new Date(Date.now() + (overdue ? -30 : 300) * day) : undefined;
    // One transaction per change, as the platform's own writers do: each history row gets its own time.
    await db.transaction((manager) => writer.change(manager, datacenterId, to, { type: 'system', id: 'reports-e2e' }, { reason: `seeded: ${to}`, nextAuditDue }));
  }

  async function register(facility: SeedFacility): Promise<void> {
    const owner = await actors.operatorOf(organizations.get(facility.organization)!);
    const created = await request(api.server).post('/api/v1/datacenters').set(owner).send({ name: facility.name, countryCode: facility.country }).expect(201);
    ids.set(facility.name, created.body.id as string);
    if (facility.inventory.length > 0)
      await request(api.server)
        .put(`/api/v1/datacenters/${created.body.id as string}/inventory`)
        .set(owner)
        .send({ items: facility.inventory })
        .expect(200);
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    api = await startTestApi({}, [ReportsModule]);
    actors = new TestActors(api);
    db = api.app.get(DataSource);
    admin = await actors.admin();
    organizations.set('fjord', await actors.organization('NO', 'Fjord Compute AS'));
    organizations.set('malta', await actors.organization('MT', 'Malta Cloud Ltd'));
    seedRegulator = (await actors.user('regulator', { jurisdictions: ['NO', 'IS', 'MT'] })).headers;
    icelandRegulator = (await actors.user('regulator', { jurisdictions: ['IS'] })).headers;
    operator = await actors.operatorOf(organizations.get('fjord')!);
    auditor = (await actors.user('auditor')).headers;
    publicKey = ((await request(api.server).get('/api/v1/reports/public-key').expect(200)).body.keys as JsonWebKey[])[0];

    for (const facility of SEED.filter((candidate) => !candidate.registeredLate)) await register(facility);
    // An inventory decrease with no reason: what tier readiness counts as unexplained.
    await request(api.server)
      .put(`/api/v1/datacenters/${ids.get('Reykjavik-2')!}/inventory`)
      .set(await actors.operatorOf(organizations.get('fjord')!))
      .send({ items: [{ vendor: 'NVIDIA', model: 'H100', quantity: 15 }] })
      .expect(200);
    SEED.find((facility) => facility.name === 'Reykjavik-2')!.inventory = [{ vendor: 'NVIDIA', model: 'H100', quantity: 15 }];

    for (const facility of SEED) for (const status of facility.early) await changeStatus(ids.get(facility.name)!, status, false);
    await pause(30);
    before = ((await db.query('SELECT clock_timestamp() AS at')) as { at: Date }[])[0].at.toISOString();
    await pause(30);
    for (const facility of SEED) for (const status of facility.late) await changeStatus(ids.get(facility.name)!, status, facility.overdue ?? false);

    // Findings hang off an attestation: a draft made through the API, findings written as the
    // review flow would (raising one through it needs the worker and two auditors).
    const fixture = new AttestationFixture(api);
    for (const facility of SEED.filter((candidate) => candidate.findings)) {
      const owner = await actors.operatorOf(organizations.get(facility.organization)!);
      const attestationId = await fixture.draft(ids.get(facility.name)!, owner);
      attestations.set(facility.name, attestationId);
      for (const finding of facility.findings!) {
        await db.query(
          `INSERT INTO findings (attestation_id, datacenter_id, organization_id, country_code, code, severity, message, source, status, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'SEEDED', $5, 'seeded for the status report', 'auditor', $6, COALESCE($7::timestamptz, now()), now())`,
          [
            attestationId,
            ids.get(facility.name),
            organizations.get(facility.organization),
            facility.country,
            finding.severity,
            finding.status,
            finding.raisedEarly ? new Date(Date.parse(before) - 5).toISOString() : null,
          ],
        );
      }
    }
    // Reykjavik-1's attestation approved as FinalApproval leaves it, so the export has one in force to show.
    await db.query(`UPDATE attestations SET status = 'approved', valid_from = now(), valid_until = '2027-06-30T00:00:00Z' WHERE id = $1`, [attestations.get('Reykjavik-1')]);

    for (const facility of SEED.filter((candidate) => candidate.registeredLate)) await register(facility);
  });
  afterAll(() => api.close());

  describe('GET /reports/status', () => {
    it('per country, equals the figures computed from the seed, now', async () => {
      const report = await json('/reports/status?groupBy=country', seedRegulator);
      expect(report).toMatchObject({ groupBy: 'country', scope: { countries: ['IS', 'MT', 'NO'] } });
      // Groups come in the order of country names; for these three it is also the order of their codes.
      const expected = [...byKey(SEED, (facility) => facility.country)].sort(([a], [b]) => a.localeCompare(b)).map(([key, facilities]) => ({ key, ...expectedFigures(facilities, 'now') }));
      expect(report.groups.map(({ label: _label, ...group }: { label: string }) => group)).toEqual(expected);
      expect(report.totals).toEqual(expectedFigures(SEED, 'now'));
    });

    it('per tier and per organisation, the same facilities add up the same way', async () => {
      const tiers = await json('/reports/status?groupBy=tier', seedRegulator);
      expect(tiers.groups.map((group: { key: string; label: string }) => [group.key, group.label])).toEqual([
        ['1', 'Tier 1'],
        ['2', 'Tier 2'],
      ]);
      expect(tiers.groups[0]).toMatchObject(
        expectedFigures(
          SEED.filter((facility) => facility.country === 'NO'),
          'now',
        ),
      );
      expect(tiers.groups[1]).toMatchObject(
        expectedFigures(
          SEED.filter((facility) => facility.country !== 'NO'),
          'now',
        ),
      );
      expect(tiers.totals).toEqual(expectedFigures(SEED, 'now'));

      const byOrganization = await json('/reports/status?groupBy=organization', admin);
      for (const [organization, id] of organizations) {
        const group = byOrganization.groups.find((candidate: { key: string }) => candidate.key === id);
        expect(group).toEqual({
          key: id,
          label: organization === 'fjord' ? 'Fjord Compute AS' : 'Malta Cloud Ltd',
          ...expectedFigures(
            SEED.filter((facility) => facility.organization === organization),
            'now',
          ),
        });
      }
    });

    it('as of a moment before the approvals, rebuilds the picture from the status history', async () => {
      const report = await json(`/reports/status?groupBy=country&asOf=${before}`, seedRegulator);
      expect(report.asOf).toBe(before);
      const norway = report.groups.find((group: { key: string }) => group.key === 'NO');
      // Oslo-1 and Oslo-2 were approved after `before`: then they were pending.
      expect(norway.byStatus).toEqual({ unattested: 1, pending: 2, compliant: 0, non_compliant: 0, expired: 0, suspended: 0 });
      const malta = report.groups.find((group: { key: string }) => group.key === 'MT');
      expect(malta.datacenters).toBe(3); // Gozo-1 was registered later
      expect(report.totals).toEqual(expectedFigures(SEED, 'before'));
      // The closed finding raised before the moment counts as open then.
      expect(report.totals.openFindings).toEqual({ blocker: 0, major: 0, minor: 1, info: 0 });
    });

    it('shows a jurisdiction-scoped regulator only its countries', async () => {
      const report = await json('/reports/status?groupBy=country', icelandRegulator);
      expect(report.groups.map((group: { key: string }) => group.key)).toEqual(['IS']);
      expect(report.totals).toEqual(
        expectedFigures(
          SEED.filter((facility) => facility.country === 'IS'),
          'now',
        ),
      );
      const byOrganization = await json('/reports/status?groupBy=organization', icelandRegulator);
      expect(byOrganization.groups.map((group: { key: string }) => group.key)).toEqual([organizations.get('fjord')]);
    });

    it('writes CSV with a header, a row per group and the total', async () => {
      const response = await get('/reports/status?groupBy=country&format=csv', seedRegulator)
        .expect(200)
        .expect('Content-Type', /text\/csv/);
      expectSigned(response.body as Buffer, response.headers);
      const rows = csvRows((response.body as Buffer).toString('utf8'));
      expect(rows[0].slice(0, 4)).toEqual(['group_by', 'key', 'label', 'datacenters']);
      expect(rows.map((row) => row[1])).toEqual(['key', 'IS', 'MT', 'NO', 'total']);
      const total = Object.fromEntries(rows[0].map((column, index) => [column, rows[4][index]]));
      const expected = expectedFigures(SEED, 'now');
      expect(total).toMatchObject({
        datacenters: String(expected.datacenters),
        compliant: String(expected.byStatus.compliant),
        h100_equivalents: String(expected.h100Equivalents),
        open_findings_blocker: '1',
      });
    });

    it('prints a PDF whose text holds the scope, the moment and the totals', async () => {
      const response = await get(`/reports/status?groupBy=tier&format=pdf&asOf=${before}`, seedRegulator).expect(200).expect('Content-Type', 'application/pdf');
      const pdf = response.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expectSigned(pdf, response.headers);
      const text = pdfText(pdf);
      const expected = expectedFigures(SEED, 'before');
      for (const line of [
        'Tiergate facility status report',
        'Scope: jurisdictions IS, MT, NO',
        `As of: ${before}`,
        `Facilities: ${expected.datacenters}`,
        `Pending: ${expected.byStatus.pending}`,
        `Unattested: ${expected.byStatus.unattested}`,
        `Compliant: ${expected.byStatus.compliant}`,
        'Open findings: blocker 0, major 0, minor 1, info 0',
        'Tier 1',
        'Tier 2',
        'Non-compliant, suspended and overdue facilities',
      ]) {
        expect(text).toContain(line);
      }
      const now = pdfText((await get('/reports/status?format=pdf', seedRegulator).expect(200)).body as Buffer);
      // Today's list of facilities needing attention names each of them.
      for (const name of ['Reykjavik-2', 'Akureyri-1', 'Oslo-2']) expect(now).toContain(name);
      expect(now).not.toContain('Oslo-1');
      expect(now).toContain(`H100-equivalents under approved attestations: ${expectedFigures(SEED, 'now').h100Equivalents.toLocaleString('en-US', { maximumFractionDigits: 3 })}`);
    });

    it('answers OSCAL assessment results that validate against NIST’s schema', async () => {
      const oscal = await json(`/reports/status?format=oscal&asOf=${before}`, icelandRegulator);
      expect(oscalSchemaValidator()(oscal)).toEqual([]);
      expect(oscal['assessment-results'].results).toHaveLength(SEED.filter((facility) => facility.country === 'IS').length);
    });

    it('refuses a future or malformed moment and unknown options, naming each', async () => {
      const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
      const refused = await request(api.server).get(`/api/v1/reports/status?asOf=${future}`).set(admin).expect(400);
      expect(refused.body.details).toEqual([{ field: 'asOf', problems: [expect.stringMatching(/future/)] }]);
      await request(api.server).get('/api/v1/reports/status?asOf=yesterday').set(admin).expect(400);
      await request(api.server).get('/api/v1/reports/status?asOf=2026-02-30T00:00:00').set(admin).expect(400);
      const bad = await request(api.server).get('/api/v1/reports/status?groupBy=city&format=docx').set(admin).expect(400);
      expect((bad.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['format', 'groupBy']);
    });
  });

  describe('GET /reports/tier-readiness', () => {
    it('judges each Tier 2 country in scope against the policy’s criteria, showing every check', async () => {
      const report = await json('/reports/tier-readiness', seedRegulator);
      expect(report.countries.map((country: { countryCode: string }) => country.countryCode)).toEqual(['IS', 'MT']);
      const iceland = report.countries[0];
      expect(iceland).toMatchObject({ facilities: 3, compliant: 1, openBlockers: 1, openMajors: 1, unexplainedDecreases: 1, igaInForce: false, verdict: 'not_ready' });
      expect(iceland.shareCompliant).toBeCloseTo(1 / 3, 3);
      expect(iceland.h100Equivalents).toBeCloseTo((8 * TPP.B200) / H100_TPP, 3);
      expect(iceland.checks.map((check: { criterion: string }) => check.criterion)).toEqual(['minShareCompliant', 'maxOpenBlockers', 'maxUnexplainedDecreases', 'requireIga']);
      expect(iceland.checks.find((check: { criterion: string }) => check.criterion === 'maxOpenBlockers')).toMatchObject({ actual: 1, required: report.criteria.maxOpenBlockers });
      expect(report.countries[1]).toMatchObject({ countryCode: 'MT', facilities: 4, compliant: 0, shareCompliant: 0, verdict: 'not_ready' });
      expect(['policy', 'default']).toContain(report.criteriaSource);

      const scoped = await json('/reports/tier-readiness', icelandRegulator);
      expect(scoped.countries.map((country: { countryCode: string }) => country.countryCode)).toEqual(['IS']);
    });
  });

  describe('GET /reports/datacenters', () => {
    it('streams every facility in scope as CSV, signed', async () => {
      const response = await get('/reports/datacenters?format=csv', icelandRegulator)
        .expect(200)
        .expect('Content-Type', /text\/csv/);
      expectSigned(response.body as Buffer, response.headers);
      const rows = csvRows((response.body as Buffer).toString('utf8'));
      expect(rows[0]).toEqual([...DATACENTER_EXPORT_CSV_HEADER]);
      expect(
        rows
          .slice(1)
          .map((row) => row[1])
          .sort(),
      ).toEqual(['Akureyri-1', 'Reykjavik-1', 'Reykjavik-2']);
      const record = (name: string) => Object.fromEntries(rows[0].map((column, index) => [column, rows.find((row) => row[1] === name)![index]]));
      expect(record('Reykjavik-1')).toEqual({
        id: ids.get('Reykjavik-1'),
        name: 'Reykjavik-1',
        organization_id: organizations.get('fjord'),
        organization: 'Fjord Compute AS',
        country: 'IS',
        tier: '2',
        status: 'compliant',
        accelerators: '13',
        h100_equivalents: String(Math.round(((8 * TPP.B200) / H100_TPP) * 1000) / 1000),
        attestation_id: attestations.get('Reykjavik-1'),
        attestation_version: '1',
        attestation_status: 'approved',
        valid_until: '2027-06-30T00:00:00.000Z',
        next_audit_due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        open_findings_blocker: '0',
        open_findings_major: '0',
        open_findings_minor: '0',
        open_findings_info: '1',
      });
      // A draft is never the facility's attestation.
      expect(record('Reykjavik-2')).toMatchObject({ status: 'non_compliant', attestation_id: '', valid_until: '', open_findings_blocker: '1' });
    });

    it('streams JSON for admins, every facility included', async () => {
      const response = await get('/reports/datacenters?format=json', admin)
        .expect(200)
        .expect('Content-Type', /application\/json/);
      expectSigned(response.body as Buffer, response.headers);
      const body = JSON.parse((response.body as Buffer).toString('utf8')) as { datacenters: { id: string; status: string; tier: number | null; h100Equivalents: number }[] };
      const seeded = body.datacenters.filter((row) => [...ids.values()].includes(row.id));
      expect(seeded).toHaveLength(SEED.length);
      expect(seeded.find((row) => row.id === ids.get('Oslo-1'))).toMatchObject({ status: 'compliant', tier: 1, h100Equivalents: 100 });
    });

    it('leaves no temporary file behind', async () => {
      const exportDirectories = async () => new Set((await readdir(tmpdir())).filter((name) => name.startsWith('tiergate-export-')));
      const existing = await exportDirectories();
      await get('/reports/datacenters', seedRegulator).expect(200);
      // The file goes once the server has seen the response close, a moment after the client has read it.
      await waitFor('the export file to be removed', async () => [...(await exportDirectories())].every((name) => existing.has(name)), { timeoutMs: 5_000 });
    });
  });

  describe('access', () => {
    const routes = [
      '/reports/status',
      '/reports/status?format=csv',
      '/reports/status?format=pdf',
      '/reports/status?format=oscal',
      '/reports/tier-readiness',
      '/reports/datacenters',
      '/reports/datacenters?format=json',
    ];

    it('refuses operators and auditors with 403 on every report route, and strangers with 401', async () => {
      for (const route of routes) {
        await request(api.server).get(`/api/v1${route}`).set(operator).expect(403);
        await request(api.server).get(`/api/v1${route}`).set(auditor).expect(403);
        await request(api.server).get(`/api/v1${route}`).expect(401);
      }
    });
  });
});
