/** Open items whose attestation is in review, counted per exact priority. */
export const OPEN_ITEMS_BY_PRIORITY_SQL = `SELECT item.priority, count(*)::int AS n FROM review_items item JOIN attestations attestation ON attestation.id = item.attestation_id
          WHERE item.status = 'open' AND attestation.status = 'in_review' GROUP BY item.priority`;

/** The same items: how many nobody holds a live lease on ($1 now), how many await a second approval, and the oldest's creation. */
export const OPEN_ITEM_TOTALS_SQL = `SELECT count(*) FILTER (WHERE item.claimed_by IS NULL OR item.lease_until < $1)::int AS unclaimed,
                count(*) FILTER (WHERE jsonb_array_length(item.approvals) > 0)::int AS second,
                min(item.created_at) AS oldest
           FROM review_items item JOIN attestations attestation ON attestation.id = item.attestation_id
          WHERE item.status = 'open' AND attestation.status = 'in_review'`;

/** Final decisions (not first approvals) decided in ($1, $2], and their median seconds from submission. */
export const FINAL_DECISIONS_SQL = `SELECT count(*)::int AS n,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decision.decided_at - attestation.submitted_at)) AS median
           FROM review_decisions decision JOIN attestations attestation ON attestation.id = decision.attestation_id
          WHERE decision.outcome <> 'first_approval' AND decision.decided_at > $1 AND decision.decided_at <= $2 AND attestation.submitted_at IS NOT NULL`;
