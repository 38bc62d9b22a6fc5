import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CompliantInventorySlice, isFacilityStatus, isFindingSeverity, type OpenFindingSlice, type ReportGroupBy, type StatusSlice } from '@tiergate/documents';
import { FACILITIES_AT_SQL, FINDINGS_OPEN_AT_WHERE, groupColumnOf } from './facilities-at.sql';
import type { ReportScope } from './report-scope';

export interface StatusReportSlices {
  statuses: StatusSlice[];
  compliantInventory: CompliantInventorySlice[];
  openFindings: OpenFindingSlice[];
  organizationNames: Map<string, string>;
}

/**
 * The aggregates a status report is computed from, grouped in SQL so 100,000 facilities come back
 * as a few hundred rows: facilities per group and status (with overdue re-audits), accelerators of
 * compliant facilities per group and model spelling (the policy prices spellings, in code), and
 * open findings per group and severity. Run inside one snapshot so the three agree.
 */
@Injectable()
export class StatusReportReader {
  async read(manager: EntityManager, groupBy: ReportGroupBy, asOf: Date, scope: ReportScope): Promise<StatusReportSlices> {
    const params = [asOf, scope.countries];
    // Three narrow queries beat one wide one: each reads only the columns it needs, and only the
    // inventory query pays for unpacking JSON, for the compliant facilities alone.
    const statusRows = (await manager.query(
      `SELECT ${groupColumnOf(groupBy, 'at')} AS key, at.status, count(*)::int AS facilities,
              (count(*) FILTER (WHERE at.status = 'compliant' AND at.next_audit_due < $1))::int AS overdue
       FROM (${FACILITIES_AT_SQL}) at
       GROUP BY 1, 2`,
      params,
    )) as { key: string; status: string; facilities: number; overdue: number }[];
    const inventoryRows = (await manager.query(
      `SELECT ${groupColumnOf(groupBy, 'at')} AS key, line.vendor, line.model, sum(line.quantity) AS quantity
       FROM (${FACILITIES_AT_SQL}) at
       CROSS JOIN LATERAL jsonb_to_recordset(at.inventory_models) AS line(vendor text, model text, quantity bigint)
       WHERE at.status = 'compliant'
       GROUP BY 1, 2, 3`,
      params,
    )) as { key: string; vendor: string; model: string; quantity: string }[];
    const findingRows = (await manager.query(
      `SELECT ${groupColumnOf(groupBy, 'f')} AS key, f.severity, count(*)::int AS count
       FROM findings f WHERE ${FINDINGS_OPEN_AT_WHERE}
       GROUP BY 1, 2`,
      params,
    )) as { key: string; severity: string; count: number }[];

    const statuses: StatusSlice[] = statusRows.map((row) => {
      if (!isFacilityStatus(row.status)) throw new Error(`datacenter status history holds an unknown status "${row.status}"`);
      return { key: row.key, status: row.status, facilities: row.facilities, overdueReaudits: row.overdue };
    });
    const compliantInventory: CompliantInventorySlice[] = inventoryRows.map((row) => ({ key: row.key, vendor: row.vendor, model: row.model, quantity: Number(row.quantity) }));
    const openFindings: OpenFindingSlice[] = findingRows.map((row) => {
      if (!isFindingSeverity(row.severity)) throw new Error(`a finding has an unknown severity "${row.severity}"`);
      return { key: row.key, severity: row.severity, count: row.count };
    });
    const organizationNames = groupBy === 'organization' ? await this.organizationNames(manager, [...new Set([...statuses, ...openFindings].map((slice) => slice.key))]) : new Map<string, string>();
    return { statuses, compliantInventory, openFindings, organizationNames };
  }

  private async organizationNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await manager.query('SELECT id::text AS id, name FROM organizations WHERE id = ANY($1::uuid[])', [ids])) as { id: string; name: string }[];
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
