/**
 * Status report over 100,000 facilities (target in docs/architecture.md: under 500 ms), end to end over HTTP:
 * status at the moment rebuilt from the status history, grouping in SQL, H100-equivalents priced
 * by the active policy, open findings, JSON rendered and signed. Baselines in the same run: a plain
 * `pg` GROUP BY on the current status column (the least any status count costs), and the report's
 * own three aggregates sent by a plain client (the database's share of the report's time).
 *
 * Facilities are bulk-inserted with generate_series until the database holds BENCH_REPORT_FACILITIES
 * (default 100,000), each with a status history that ends in its current status, so a second run
 * reuses them. The export benchmark (datacenter-export.bench.ts) seeds through the same function.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '@tiergate/config';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/bootstrap/configure-app';
import { FACILITIES_AT_SQL, FINDINGS_OPEN_AT_WHERE } from '../apps/api/src/reports/facilities-at.sql';
import { ReportsModule } from '../apps/api/src/reports/reports.module';
import { count, reportFigures, times } from './lib/bench-report';

export const BENCH_FACILITIES = Number(process.env.BENCH_REPORT_FACILITIES ?? 100_000);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20);
/** Twenty countries across the three tiers; a facility's country is its number modulo 20. */
export const BENCH_COUNTRIES = ['US', 'DE', 'FR', 'PL', 'IN', 'JP', 'BR', 'AE', 'SA', 'MX', 'GB', 'NL', 'SE', 'IS', 'MT', 'NO', 'CN', 'AU', 'CA', 'KR'];
const ORGANIZATIONS = 1_000;
const TARGET_MS = 500;

/** Tops the database up to `target` facilities; answers how many it inserted. */
export async function seedFacilities(client: Client, target: number): Promise<number> {
  const existing = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM datacenters')).rows[0].n);
  const missing = target - existing;
  if (missing <= 0) return 0;
  const run = `bench-${Date.now().toString(36)}`;
  await client.query('BEGIN');
  await client.query(`INSERT INTO organizations (name, hq_country) SELECT $1 || '-org-' || g, 'US' FROM generate_series(1, $2) g`, [run, ORGANIZATIONS]);
  // Status by facility number: half compliant (one in seven of those overdue), the rest spread over the other statuses.
  await client.query(
    `WITH org AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organizations WHERE name LIKE $1 || '-org-%')
     INSERT INTO datacenters (organization_id, name, country_code, compliance_status, next_audit_due, inventory_revision, inventory_line_count, inventory_models, created_at)
     SELECT org.id, $1 || '-dc-' || g, ($3::text[])[1 + g % 20],
            (ARRAY['compliant','compliant','compliant','compliant','compliant','pending','non_compliant','expired','suspended','unattested'])[1 + g % 10],
            CASE WHEN g % 10 < 5 THEN now() + CASE WHEN g % 7 = 0 THEN interval '-10 days' ELSE interval '200 days' END END,
            1, 3,
            -- Quantities from the facility number, so no two inventories are alike (as in life) and
            -- nothing can be answered once for many facilities.
            jsonb_build_array(
              jsonb_build_object('vendor', 'NVIDIA', 'model', 'H100 SXM5', 'quantity', 1 + (g * 7919) % 4096),
              jsonb_build_object('vendor', 'AMD', 'model', 'MI300X', 'quantity', g % 97),
              jsonb_build_object('vendor', 'Acme', 'model', 'Prototype ' || (g % 3), 'quantity', 1 + g % 13)),
            now() - interval '720 days' + (g * interval '1 second') * (60000000.0 / $2)::float8
     FROM generate_series(1, $2) g JOIN org ON org.n = g % ${ORGANIZATIONS}`,
    [run, missing, BENCH_COUNTRIES],
  );
  // The history every status change writes: pending a day after registration, the final status a day later
  // (suspended facilities were compliant first).
  await client.query(
    `INSERT INTO datacenter_status_changes (datacenter_id, from_status, to_status, reason, created_at)
     SELECT id, 'unattested', 'pending', 'bench', created_at + interval '1 day' FROM datacenters WHERE name LIKE $1 || '-dc-%' AND compliance_status <> 'unattested'
     UNION ALL
     SELECT id, 'pending', CASE WHEN compliance_status = 'suspended' THEN 'compliant' ELSE compliance_status END, 'bench', created_at + interval '2 days'
     FROM datacenters WHERE name LIKE $1 || '-dc-%' AND compliance_status NOT IN ('unattested', 'pending')
     UNION ALL
     SELECT id, 'compliant', 'suspended', 'bench', created_at + interval '3 days' FROM datacenters WHERE name LIKE $1 || '-dc-%' AND compliance_status = 'suspended'`,
    [run],
  );
  // Non-compliant and suspended facilities carry an attestation with an open finding; compliant ones an approved attestation.
  await client.query(
    `INSERT INTO attestations (datacenter_id, organization_id, country_code, policy_version_id, version, status, claims, created_by, valid_from, valid_until)
     SELECT d.id, d.organization_id, d.country_code, (SELECT id FROM policy_versions WHERE status = 'active'), 1,
            CASE WHEN d.compliance_status = 'non_compliant' THEN 'rejected' ELSE 'approved' END, '[]', 'bench',
            CASE WHEN d.compliance_status = 'non_compliant' THEN NULL ELSE d.created_at + interval '2 days' END,
            CASE WHEN d.compliance_status = 'non_compliant' THEN NULL ELSE now() + interval '300 days' END
     FROM datacenters d WHERE d.name LIKE $1 || '-dc-%' AND d.compliance_status IN ('compliant', 'non_compliant', 'suspended')`,
    [run],
  );
  await client.query(
    `INSERT INTO findings (attestation_id, datacenter_id, organization_id, country_code, code, severity, message, source, created_at)
     SELECT a.id, a.datacenter_id, a.organization_id, a.country_code, 'BENCH', CASE WHEN d.compliance_status = 'non_compliant' THEN 'blocker' ELSE 'major' END,
            'bench finding', 'automated', d.created_at + interval '2 days'
     FROM attestations a JOIN datacenters d ON d.id = a.datacenter_id
     WHERE d.name LIKE $1 || '-dc-%' AND d.compliance_status IN ('non_compliant', 'suspended')`,
    [run],
  );
  await client.query('COMMIT');
  await client.query('ANALYZE organizations; ANALYZE datacenters; ANALYZE datacenter_status_changes; ANALYZE attestations; ANALYZE findings');
  return missing;
}

/** The real api with the reports module, in this process, on an ephemeral port. */
export async function startReportsApi(config: AppConfig): Promise<{ base: string; close(): Promise<void> }> {
  @Module({ imports: [AppModule.forRoot(config), ReportsModule] })
  class BenchRootModule {}
  const api = await NestFactory.create(BenchRootModule, { bodyParser: false, logger: ['error'] });
  configureApp(api, config);
  await api.listen(0, '127.0.0.1');
  const { port } = api.getHttpServer().address() as { port: number };
  return { base: `http://127.0.0.1:${port}/api/v1`, close: () => api.close() };
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`login as ${email} → ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(runs: number, once: () => Promise<void>): Promise<{ p50: number; p95: number }> {
  for (let warm = 0; warm < 3; warm += 1) await once();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  const api = await startReportsApi(config);
  const seedStarted = performance.now();
  const inserted = await seedFacilities(client, BENCH_FACILITIES);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const facilities = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM datacenters')).rows[0].n);
  const token = await login(api.base, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);

  const report = async (query: string) => {
    const response = await fetch(`${api.base}/reports/status?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET /reports/status?${query} → ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  const yearAgo = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000).toISOString();
  const cases: [string, string][] = [
    ['groupBy=country', 'groupBy=country'],
    ['groupBy=tier', 'groupBy=tier'],
    ['groupBy=organization', 'groupBy=organization'],
    ['groupBy=country, asOf a year ago', `groupBy=country&asOf=${yearAgo}`],
    ['groupBy=country, format=csv', 'groupBy=country&format=csv'],
  ];
  const results: [string, { p50: number; p95: number }][] = [];
  for (const [label, query] of cases) results.push([label, await timed(RUNS, () => report(query))]);

  const plainCurrent = await timed(RUNS, async () => {
    await client.query('SELECT country_code, compliance_status, count(*) FROM datacenters GROUP BY 1, 2');
  });
  // The database's share: the report's own three aggregates, sent by a plain client in the same transaction settings.
  const plainReportSql = await timed(RUNS, async () => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const setting of ['jit = off', "work_mem = '32MB'", 'parallel_setup_cost = 10', 'parallel_tuple_cost = 0.001']) await client.query(`SET LOCAL ${setting}`);
    await client.query(`SELECT at.country_code, at.status, count(*), count(*) FILTER (WHERE at.status = 'compliant' AND at.next_audit_due < $1) FROM (${FACILITIES_AT_SQL}) at GROUP BY 1, 2`, [
      new Date(),
      null,
    ]);
    await client.query(
      `SELECT at.country_code, line.vendor, line.model, sum(line.quantity) FROM (${FACILITIES_AT_SQL}) at
       CROSS JOIN LATERAL jsonb_to_recordset(at.inventory_models) AS line(vendor text, model text, quantity bigint) WHERE at.status = 'compliant' GROUP BY 1, 2, 3`,
      [new Date(), null],
    );
    await client.query(`SELECT f.country_code, f.severity, count(*) FROM findings f WHERE ${FINDINGS_OPEN_AT_WHERE} GROUP BY 1, 2`, [new Date(), null]);
    await client.query('COMMIT');
  });
  await api.close();
  await client.end();

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `\nstatus report over ${facilities.toLocaleString('en-US')} facilities${inserted ? ` (${inserted.toLocaleString('en-US')} seeded in ${seedSeconds.toFixed(1)} s)` : ''}, ${RUNS} runs each after 3 warm-ups, end to end over HTTP (signed)`,
  );
  for (const [label, { p50, p95 }] of results) console.log(`  ${label.padEnd(36)} p50 ${ms(p50)}  p95 ${ms(p95)}`);
  console.log(`  baseline, plain pg GROUP BY on the current status column:      p50 ${ms(plainCurrent.p50)}  p95 ${ms(plainCurrent.p95)}`);
  console.log(`  baseline, plain pg running the report's own SQL (the database's share): p50 ${ms(plainReportSql.p50)}  p95 ${ms(plainReportSql.p95)}`);
  const worst = results.reduce((slowest, result) => (result[1].p95 > slowest[1].p95 ? result : slowest));
  console.log(`  target: < ${TARGET_MS} ms (docs/architecture.md) — worst p95 ${ms(worst[1].p95)}: ${worst[1].p95 < TARGET_MS ? 'met' : 'NOT met'}`);

  const [, byCountry] = results[0];
  const baseline = `${ms(plainReportSql.p95)} (groupBy=country's SQL, plain pg)`;
  reportFigures('status-report', [
    {
      figure: `status report over ${count(facilities)} facilities, groupBy=country, p95`,
      value: ms(byCountry.p95),
      baseline,
      ratio: times(byCountry.p95 / plainReportSql.p95),
      target: `< ${TARGET_MS} ms`,
      met: byCountry.p95 < TARGET_MS,
    },
    {
      figure: `status report over ${count(facilities)} facilities, slowest variant (${worst[0]}), p95`,
      value: ms(worst[1].p95),
      baseline,
      ratio: times(worst[1].p95 / plainReportSql.p95),
      target: `< ${TARGET_MS} ms`,
      met: worst[1].p95 < TARGET_MS,
    },
  ]);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
