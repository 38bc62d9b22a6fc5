import { Injectable } from '@nestjs/common';
import type { AttentionList } from '@tiergate/documents';
import type { EntityManager } from 'typeorm';
import { FACILITIES_AT_SQL } from './facilities-at.sql';
import type { ReportScope } from './report-scope';

@Injectable()
export class AttentionFacilitiesReader {
  async read(manager: EntityManager, asOf: Date, scope: ReportScope, limit: number): Promise<AttentionList> {
    const rows = (await manager.query(
      `SELECT at.id, at.name, o.name AS organization, at.country_code, at.status, at.next_audit_due,
              (at.status = 'compliant') AS overdue, count(*) OVER ()::int AS total
       FROM (${FACILITIES_AT_SQL}) at JOIN organizations o ON o.id = at.organization_id
       WHERE at.status IN ('non_compliant', 'suspended') OR (at.status = 'compliant' AND at.next_audit_due < $1)
       ORDER BY CASE at.status WHEN 'suspended' THEN 0 WHEN 'non_compliant' THEN 1 ELSE 2 END, at.country_code, at.name, at.id
       LIMIT $3`,
      [asOf, scope.countries, limit],
    )) as { id: string; name: string; organization: string; country_code: string; status: string; next_audit_due: Date | null; overdue: boolean; total: number }[];
    return {
      total: rows[0]?.total ?? 0,
      facilities: rows.map((row) => ({
        id: row.id,
        name: row.name,
        organization: row.organization,
        countryCode: row.country_code,
        status: row.status,
        overdue: row.overdue,
        nextAuditDue: row.next_audit_due?.toISOString() ?? null,
      })),
    };
  }
}
