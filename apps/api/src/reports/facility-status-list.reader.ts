import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InventoryLine } from '@tiergate/policy';
import { ATTESTATION_AT_SQL, FACILITIES_AT_SQL, FINDINGS_OPEN_AT_WHERE } from './facilities-at.sql';
import type { ReportScope } from './report-scope';

/** One facility at asOf, as OSCAL assessment results list them. */
export interface FacilityAtRow {
  id: string;
  name: string;
  countryCode: string;
  status: string;
  inventoryModels: InventoryLine[];
  attestationId: string | null;
  validUntil: string | null;
  openFindings: { blocker: number; major: number; minor: number; info: number };
}

/** Every facility in scope at asOf with its status, the attestation that status rests on and its open findings. */
@Injectable()
export class FacilityStatusListReader {
  /** How many facilities the list would hold, before anyone builds it. */
  async count(manager: EntityManager, asOf: Date, scope: ReportScope): Promise<number> {
    const [row] = (await manager.query('SELECT count(*)::int AS n FROM datacenters d WHERE d.created_at <= $1 AND ($2::text[] IS NULL OR d.country_code = ANY($2::text[]))', [
      asOf,
      scope.countries,
    ])) as { n: number }[];
    return row.n;
  }

  async read(manager: EntityManager, asOf: Date, scope: ReportScope): Promise<FacilityAtRow[]> {
    const rows = (await manager.query(
      `WITH open_finding AS (
         SELECT f.datacenter_id,
                (count(*) FILTER (WHERE f.severity = 'blocker'))::int AS blocker,
                (count(*) FILTER (WHERE f.severity = 'major'))::int AS major,
                (count(*) FILTER (WHERE f.severity = 'minor'))::int AS minor,
                (count(*) FILTER (WHERE f.severity = 'info'))::int AS info
         FROM findings f WHERE ${FINDINGS_OPEN_AT_WHERE}
         GROUP BY f.datacenter_id
       )
       SELECT at.id, at.name, at.country_code, at.status, at.inventory_models, h.attestation_id, a.valid_until,
              COALESCE(o.blocker, 0) AS blocker, COALESCE(o.major, 0) AS major, COALESCE(o.minor, 0) AS minor, COALESCE(o.info, 0) AS info
       FROM (${FACILITIES_AT_SQL}) at
       LEFT JOIN LATERAL (${ATTESTATION_AT_SQL}) h ON true
       LEFT JOIN attestations a ON a.id = h.attestation_id
       LEFT JOIN open_finding o ON o.datacenter_id = at.id
       ORDER BY at.country_code, at.name, at.id`,
      [asOf, scope.countries],
    )) as {
      id: string;
      name: string;
      country_code: string;
      status: string;
      inventory_models: InventoryLine[];
      attestation_id: string | null;
      valid_until: Date | null;
      blocker: number;
      major: number;
      minor: number;
      info: number;
    }[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      countryCode: row.country_code,
      status: row.status,
      inventoryModels: row.inventory_models,
      attestationId: row.attestation_id,
      validUntil: row.valid_until?.toISOString() ?? null,
      openFindings: { blocker: row.blocker, major: row.major, minor: row.minor, info: row.info },
    }));
  }
}
