import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InventoryLine } from '@tiergate/policy';

/** What the database holds about the facilities of a set of countries, now, per country. */
export interface CountryFactsRows {
  facilities: Map<string, { facilities: number; compliant: number }>;
  compliantInventory: Map<string, InventoryLine[]>;
  openFindings: Map<string, { blockers: number; majors: number }>;
  unexplainedDecreases: Map<string, number>;
}

@Injectable()
export class TierReadinessReader {
  async read(manager: EntityManager, countries: readonly string[]): Promise<CountryFactsRows> {
    const codes = [...countries];
    const facilityRows = (await manager.query(
      `SELECT country_code::text AS country, count(*)::int AS facilities, (count(*) FILTER (WHERE compliance_status = 'compliant'))::int AS compliant
       FROM datacenters WHERE country_code = ANY($1::text[]) GROUP BY 1`,
      [codes],
    )) as { country: string; facilities: number; compliant: number }[];
    const inventoryRows = (await manager.query(
      `SELECT d.country_code::text AS country, line->>'vendor' AS vendor, line->>'model' AS model, sum((line->>'quantity')::bigint) AS quantity
       FROM datacenters d CROSS JOIN LATERAL jsonb_array_elements(d.inventory_models) AS line
       WHERE d.compliance_status = 'compliant' AND d.country_code = ANY($1::text[])
       GROUP BY 1, 2, 3`,
      [codes],
    )) as { country: string; vendor: string; model: string; quantity: string }[];
    const findingRows = (await manager.query(
      `SELECT country_code::text AS country, (count(*) FILTER (WHERE severity = 'blocker'))::int AS blockers, (count(*) FILTER (WHERE severity = 'major'))::int AS majors
       FROM findings WHERE status = 'open' AND country_code = ANY($1::text[]) GROUP BY 1`,
      [codes],
    )) as { country: string; blockers: number; majors: number }[];
    // A decrease with no reason is what the anti-diversion condition asks an operator to explain;
    // every inventory replacement keeps its per-model diff, so the history is counted, not the latest state.
    const decreaseRows = (await manager.query(
      `SELECT d.country_code::text AS country, count(*)::int AS decreases
       FROM inventory_revisions r JOIN datacenters d ON d.id = r.datacenter_id CROSS JOIN LATERAL jsonb_array_elements(r.changes) AS change
       WHERE d.country_code = ANY($1::text[]) AND (change->>'delta')::numeric < 0 AND COALESCE(change->>'reason', '') = ''
       GROUP BY 1`,
      [codes],
    )) as { country: string; decreases: number }[];

    const compliantInventory = new Map<string, InventoryLine[]>();
    for (const row of inventoryRows) {
      const lines = compliantInventory.get(row.country) ?? [];
      lines.push({ vendor: row.vendor, model: row.model, quantity: Number(row.quantity) });
      compliantInventory.set(row.country, lines);
    }
    return {
      facilities: new Map(facilityRows.map((row) => [row.country, { facilities: row.facilities, compliant: row.compliant }])),
      compliantInventory,
      openFindings: new Map(findingRows.map((row) => [row.country, { blockers: row.blockers, majors: row.majors }])),
      unexplainedDecreases: new Map(decreaseRows.map((row) => [row.country, row.decreases])),
    };
  }
}
