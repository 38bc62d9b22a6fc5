/**
 * Review queue at depth: fills the queue with N open items (BENCH_QUEUE_ITEMS, default 100,000:
 * 100 organisations, one facility and one in_review attestation per item, priorities 0–100,
 * queued over the last 30 days, 2% leased to another auditor, 5% with an open minor finding and
 * 1% with an open blocker) in bulk SQL, then, as an auditor over HTTP against the real API in
 * process, times the first page of GET /review-queue (unfiltered and with filters) and claim +
 * decide round trips (POST /review-queue/:id/claim, POST /attestations/:id/decisions). Baseline in
 * the same run: a plain `pg` client running the bare first-page query on review_items alone.
 * Target (acceptance): first page < 50 ms p95 at 100,000 items.
 * Re-runnable on the same database: names carry a run tag, and the facilities and attestations of
 * earlier runs (with their items, findings and decisions) are deleted first, so every run measures
 * the same tables; this run's are deleted at the end, so the benches after it (the status report
 * over 100,000 facilities) do not count them.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { loadConfig } from '@tiergate/config';
import { percentile, startBenchApi } from './lib/bench-api';
import { count, reportFigures, times } from './lib/bench-report';

const ITEMS = Number(process.env.BENCH_QUEUE_ITEMS ?? 100_000);
const ORGANIZATIONS = 100;
const PAGE_REQUESTS = 200;
const WARMUP = 20;
const ROUND_TRIPS = 100;
const TARGET_P95_MS = 50;
const PASSWORD = 'bench-password-123';
const NAME_PREFIX = 'Queue bench';
/** Half Tier 1, half Tier 2 under the reference pack, so ?tier=2 keeps about half the queue. */
const COUNTRIES = ['DE', 'FR', 'NL', 'US', 'GB', 'JP', 'IN', 'SG', 'AE', 'PL', 'CH', 'IL'];
const INVENTORY = JSON.stringify([{ vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 512 }]);
const RATIONALE = 'Bench rationale long enough to pass.';
/** The API's first-page query without joins, filters or finding counts: what the index alone costs. */
const BARE_FIRST_PAGE = `SELECT id, priority, created_at FROM review_items WHERE status = 'open' ORDER BY priority DESC, created_at, id LIMIT 51`;

type Json = Record<string, unknown>;

async function call(base: string, path: string, init: RequestInit & { token?: string } = {}): Promise<Json> {
  const headers: Record<string, string> = { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}) };
  const response = await fetch(`${base}${path}`, { ...init, headers });
  const body = (await response.json().catch(() => ({}))) as Json;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

const ms = (value: number) => value.toFixed(1);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

interface Actors {
  organizationId: string;
  auditors: { id: string; token: string }[];
}

/** The organisation and its operator made by the admin, and three auditors, all through the API. */
async function createActors(base: string, config: ReturnType<typeof loadConfig>, tag: string): Promise<Actors> {
  const admin = (await call(base, '/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }) })).accessToken as string;
  const organizationId = (await call(base, '/api/v1/organizations', { method: 'POST', token: admin, body: JSON.stringify({ name: `${NAME_PREFIX} ${tag} org 0`, hqCountry: 'DE' }) })).id as string;
  const user = async (role: 'operator' | 'auditor', extra: Json = {}) => {
    const email = `qbench-${role}-${randomUUID().slice(0, 8)}@example.test`;
    const id = (await call(base, '/api/v1/users', { method: 'POST', token: admin, body: JSON.stringify({ email, password: PASSWORD, role, ...extra }) })).id as string;
    const token = (await call(base, '/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) })).accessToken as string;
    return { id, token };
  };
  await user('operator', { organizationId });
  const auditors = [await user('auditor'), await user('auditor'), await user('auditor')];
  return { organizationId, auditors };
}

/** Bulk fill: organisations, facilities, attestations in review, their review items and some findings. */
async function fill(client: Client, tag: string, actors: Actors): Promise<{ seconds: number; organizations: string[] }> {
  const started = performance.now();
  const [{ id: policyVersionId }] = (await client.query(`SELECT id FROM policy_versions WHERE status = 'active'`)).rows as { id: string }[];
  await client.query('BEGIN');
  await client.query('SELECT setseed(0.42)');
  const created = await client.query(`INSERT INTO organizations (name, hq_country) SELECT $1 || ' org ' || g, 'DE' FROM generate_series(1, $2::int) g RETURNING id`, [
    `${NAME_PREFIX} ${tag}`,
    ORGANIZATIONS - 1,
  ]);
  const organizations = [actors.organizationId, ...created.rows.map((row: { id: string }) => row.id)];
  await client.query(
    `INSERT INTO datacenters (organization_id, name, country_code, compliance_status, inventory_revision, inventory_line_count, inventory_models)
     SELECT ($1::uuid[])[1 + g % $4::int], $2 || ' dc ' || g, ($3::text[])[1 + g % $5::int], 'pending', 1, 1, $6::jsonb
       FROM generate_series(1, $7::int) g`,
    [organizations, `${NAME_PREFIX} ${tag}`, COUNTRIES, organizations.length, COUNTRIES.length, INVENTORY, ITEMS],
  );
  await client.query(
    `INSERT INTO attestations (datacenter_id, organization_id, country_code, policy_version_id, version, status, claims, counterparties, submitted_at, submitted_by, created_by)
     SELECT d.id, d.organization_id, d.country_code, $2, 1, 'in_review', '[]', '[]', now() - random() * interval '30 days', 'queue-bench', 'queue-bench'
       FROM datacenters d WHERE d.organization_id = ANY($1::uuid[])`,
    [organizations, policyVersionId],
  );
  // created_at just after submission; 2% leased (live) to the third auditor, so claim=unclaimed has something to leave out.
  await client.query(
    `WITH picked AS MATERIALIZED (SELECT a.*, random() AS r FROM attestations a WHERE a.organization_id = ANY($1::uuid[]))
     INSERT INTO review_items (attestation_id, datacenter_id, organization_id, country_code, priority, approvals_required, claimed_by, lease_until, created_at, updated_at)
     SELECT id, datacenter_id, organization_id, country_code, (random() * 100)::int, CASE WHEN random() < 0.2 THEN 2 ELSE 1 END,
            CASE WHEN r < 0.02 THEN $2::uuid END, CASE WHEN r < 0.02 THEN now() + interval '30 minutes' END,
            submitted_at + interval '2 minutes', submitted_at + interval '2 minutes'
       FROM picked`,
    [organizations, actors.auditors[2].id],
  );
  await client.query(
    `WITH picked AS MATERIALIZED (SELECT a.*, random() AS r FROM attestations a WHERE a.organization_id = ANY($1::uuid[]))
     INSERT INTO findings (attestation_id, datacenter_id, organization_id, country_code, code, severity, message, source)
     SELECT id, datacenter_id, organization_id, country_code,
            CASE WHEN r < 0.05 THEN 'EVIDENCE_EXPIRED' ELSE 'UNKNOWN_ACCELERATOR' END, CASE WHEN r < 0.05 THEN 'minor' ELSE 'blocker' END, 'Bench finding.', 'automated'
       FROM picked WHERE r < 0.06`,
    [organizations],
  );
  await client.query('COMMIT');
  // What autovacuum would do shortly after a bulk load (statistics, visibility map, hint bits), done
  // now so it does not run during the measurements: the steady state is what is measured.
  await client.query('VACUUM (ANALYZE) organizations, datacenters, attestations, review_items, findings');
  return { seconds: (performance.now() - started) / 1000, organizations };
}

/**
 * The facilities and attestations of this bench's runs go (review items, findings and decisions
 * cascade); their organisations stay (the operators' users refer to them).
 */
async function removeBenchFacilities(client: Client): Promise<number> {
  const organizations = `SELECT id FROM organizations WHERE name LIKE '${NAME_PREFIX} %'`;
  await client.query(`DELETE FROM attestations WHERE organization_id IN (${organizations})`);
  return (await client.query(`DELETE FROM datacenters WHERE organization_id IN (${organizations})`)).rowCount ?? 0;
}

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
}

async function sample(run: () => Promise<unknown>, count = PAGE_REQUESTS): Promise<Latencies> {
  for (let index = 0; index < WARMUP; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) samples.push((await timed(run)).ms);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

async function main(): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const { api, base } = await startBenchApi(config);

  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  const removed = await removeBenchFacilities(client);

  const actors = await createActors(base, config, tag);
  const filled = await fill(client, tag, actors);
  const [auditor, affiliated] = actors.auditors;
  // The second auditor declares ties to two organisations: the queue leaves their items out for them.
  for (const organizationId of filled.organizations.slice(1, 3)) {
    await call(base, '/api/v1/review/affiliations', { method: 'POST', token: affiliated.token, body: JSON.stringify({ organizationId, note: 'queue bench' }) });
  }
  const depth = (await client.query(`SELECT count(*)::int AS n FROM review_items WHERE status = 'open'`)).rows[0].n as number;

  // First page over HTTP, as the client sees it (auth, validation, query, finding counts, JSON).
  const page =
    (query: string, token = auditor.token) =>
    async () => {
      const body = await call(base, `/api/v1/review-queue?limit=50${query}`, { token });
      if ((body.items as unknown[]).length === 0) throw new Error(`empty first page for ${query || 'no filter'}`);
    };
  const firstPage = await sample(page(''));
  const tier2 = await sample(page('&tier=2'));
  const unclaimed = await sample(page('&claim=unclaimed'));
  const blocker = await sample(page('&severity=blocker'));
  const withAffiliations = await sample(page('', affiliated.token));

  // Baseline: the bare first-page query on review_items through a plain pg client.
  const bare = await sample(() => client.query(BARE_FIRST_PAGE));

  // Claim + decide round trips: pick the top unclaimed item, claim it, request changes.
  const claims: number[] = [];
  const decisions: number[] = [];
  const roundTrips: number[] = [];
  const deciders = actors.auditors;
  for (let index = 0; index < ROUND_TRIPS; index += 1) {
    const who = deciders[index % deciders.length];
    const top = await call(base, '/api/v1/review-queue?limit=1&claim=unclaimed', { token: who.token });
    const [item] = top.items as { id: string; attestation: { id: string } }[];
    const claim = await timed(() => call(base, `/api/v1/review-queue/${item.id}/claim`, { method: 'POST', token: who.token }));
    const decision = await timed(() =>
      call(base, `/api/v1/attestations/${item.attestation.id}/decisions`, { method: 'POST', token: who.token, body: JSON.stringify({ decision: 'request_changes', rationale: RATIONALE }) }),
    );
    if ((decision.value.reviewItem as { status: string }).status !== 'closed') throw new Error(`item ${item.id} not closed by its decision`);
    claims.push(claim.ms);
    decisions.push(decision.ms);
    roundTrips.push(claim.ms + decision.ms);
  }
  await api.close();
  await removeBenchFacilities(client);
  await client.end();

  const row = (figure: string, latencies: Latencies, target: boolean) => ({
    figure,
    'p50 ms': ms(latencies.p50),
    'p95 ms': ms(latencies.p95),
    'p99 ms': ms(latencies.p99),
    'baseline p95 ms': ms(bare.p95),
    'ratio (p95)': (latencies.p95 / bare.p95).toFixed(1),
    target: target ? `p95 < ${TARGET_P95_MS}` : '—',
    status: target ? met(latencies.p95 < TARGET_P95_MS) : '—',
  });
  const trip = (figure: string, samples: number[]) => ({
    figure,
    'p50 ms': ms(percentile(samples, 50)),
    'p95 ms': ms(percentile(samples, 95)),
    'p99 ms': ms(percentile(samples, 99)),
    'baseline p95 ms': '—',
    'ratio (p95)': '—',
    target: '—',
    status: '—',
  });
  console.log(
    `\nreview queue: ${depth.toLocaleString('en-US')} open items (${ITEMS.toLocaleString('en-US')} filled in ${filled.seconds.toFixed(1)} s; ${removed.toLocaleString('en-US')} facilities of earlier runs removed first)`,
  );
  console.log(`first pages: ${PAGE_REQUESTS} sequential GET /review-queue?limit=50 each after ${WARMUP} warm-up; round trips: ${ROUND_TRIPS} × (claim top unclaimed item, request_changes)`);
  console.table([
    row('first page', firstPage, true),
    row('first page ?tier=2', tier2, true),
    row('first page ?claim=unclaimed', unclaimed, true),
    row('first page ?severity=blocker', blocker, true),
    row('first page, auditor with 2 affiliations', withAffiliations, true),
    { ...row('baseline: bare first-page SQL (plain pg)', bare, false), 'baseline p95 ms': '—', 'ratio (p95)': '1.0' },
    trip('claim', claims),
    trip('decide (request_changes)', decisions),
    trip('claim + decide', roundTrips),
  ]);
  console.log(`load average (1 min) at the end: ${loadavg()[0].toFixed(2)}`);
  console.log(`first page at ${depth.toLocaleString('en-US')} items: p95 ${ms(firstPage.p95)} ms (target < ${TARGET_P95_MS} ms): ${met(firstPage.p95 < TARGET_P95_MS)}`);

  const filtered = [tier2, unclaimed, blocker, withAffiliations];
  const worstFiltered = Math.max(...filtered.map((latencies) => latencies.p95));
  reportFigures('review-queue', [
    {
      figure: `review queue: first page at ${count(depth)} open items, p95`,
      value: `${ms(firstPage.p95)} ms`,
      baseline: `${ms(bare.p95)} ms (bare SQL)`,
      ratio: times(firstPage.p95 / bare.p95),
      target: `< ${TARGET_P95_MS} ms (issue)`,
      met: firstPage.p95 < TARGET_P95_MS,
    },
    {
      figure: 'review queue: first page with a filter (tier, claim, severity, affiliations), worst p95',
      value: `${ms(worstFiltered)} ms`,
      baseline: `${ms(bare.p95)} ms (bare SQL)`,
      ratio: times(worstFiltered / bare.p95),
      target: `< ${TARGET_P95_MS} ms (issue)`,
      met: worstFiltered < TARGET_P95_MS,
    },
    { figure: 'review queue: claim + decide round trip, p95', value: `${ms(percentile(roundTrips, 95))} ms`, met: null },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
