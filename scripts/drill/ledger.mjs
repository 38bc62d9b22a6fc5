// What PostgreSQL — the system of record — says happened to the drill's attestations. A new
// connection per question: the drill restarts the server under us, and a pooled connection from
// before the restart would only fail.
import { withTimeout } from '../stack/wait.mjs';

/** Verification is done: reviewers have the attestation, or the automated checks rejected it. */
export const VERIFIED_STATUSES = ['in_review', 'rejected'];
const OUTCOME_EVENTS = ['pass_verification', 'reject_automated'];

export class Ledger {
  constructor(databaseUrl) {
    this.databaseUrl = databaseUrl;
  }

  async query(sql, params) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 5_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      return (await client.query(sql, params)).rows;
    } finally {
      await withTimeout(
        client.end().catch(() => {}),
        1_000,
      );
    }
  }

  /**
   * Per attestation: status, and how often each step that must happen exactly once happened —
   * submission, the verification outcome, the review item.
   */
  async facts(ids) {
    return this.query(
      `SELECT a.id, a.status,
              (SELECT count(*) FROM attestation_transitions t WHERE t.attestation_id = a.id AND t.event = 'submit')::int AS submits,
              (SELECT count(*) FROM attestation_transitions t WHERE t.attestation_id = a.id AND t.event = ANY($2::text[]))::int AS outcomes,
              (SELECT count(*) FROM review_items r WHERE r.attestation_id = a.id)::int AS "reviewItems"
         FROM attestations a WHERE a.id = ANY($1::uuid[])`,
      [ids, OUTCOME_EVENTS],
    );
  }

  async verifiedCount(ids) {
    const [{ n }] = await this.query(`SELECT count(*)::int AS n FROM attestations WHERE id = ANY($1::uuid[]) AND status = ANY($2::text[])`, [ids, VERIFIED_STATUSES]);
    return n;
  }

  /** Submitted but not yet verified: the work a fault can hit. `queued` of them already had their job handed to Redis. */
  async inFlight(ids) {
    const [row] = await this.query(
      `SELECT count(*)::int AS "inFlight",
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM outbox o WHERE o.event_type = 'attestation.submitted' AND o.payload->>'attestationId' = a.id::text AND o.sent_at IS NOT NULL
              ))::int AS queued
         FROM attestations a WHERE a.id = ANY($1::uuid[]) AND a.status IN ('submitted', 'verifying')`,
      [ids],
    );
    return row;
  }
}

/**
 * The counts of one fault. submitted: accepted receipts; terminal: of those (and of any the
 * database shows submitted without a receipt), how many reached a verified status; duplicated:
 * attestations with a step that happened more than once; lost: submitted but never verified.
 */
export function countOutcome(facts, acceptedIds) {
  const byId = new Map(facts.map((row) => [row.id, row]));
  const tracked = new Set([...acceptedIds, ...facts.filter((row) => row.submits > 0).map((row) => row.id)]);
  let terminal = 0;
  const lost = [];
  for (const id of tracked) {
    if (VERIFIED_STATUSES.includes(byId.get(id)?.status)) terminal += 1;
    else lost.push(id);
  }
  const duplicated = facts.filter((row) => row.submits > 1 || row.outcomes > 1 || row.reviewItems > 1).map((row) => row.id);
  const rejected = [...tracked].filter((id) => byId.get(id)?.status === 'rejected').length;
  return { submitted: acceptedIds.length, terminal, duplicated: duplicated.length, lost: lost.length, lostIds: lost, duplicatedIds: duplicated, inReview: terminal - rejected, rejected };
}
