import { InventoryClassifier, referencePolicyPack } from '@tiergate/policy';
import { buildStatusReport } from './status-report';
import { statusReportCsv } from './status-report-csv';

describe('statusReportCsv', () => {
  it('writes a header, one row per group and a total row', () => {
    const pack = referencePolicyPack();
    const report = buildStatusReport({
      groupBy: 'tier',
      asOf: new Date('2026-01-01T00:00:00Z'),
      statuses: [
        { key: 'DE', status: 'compliant', facilities: 2, overdueReaudits: 1 },
        { key: 'PL', status: 'pending', facilities: 1, overdueReaudits: 0 },
      ],
      compliantInventory: [{ key: 'DE', vendor: 'NVIDIA', model: 'H100', quantity: 3 }],
      openFindings: [{ key: 'PL', severity: 'major', count: 2 }],
      countries: new Map(pack.countries.map((country) => [country.code, country])),
      classifier: new InventoryClassifier(pack),
    });
    const lines = statusReportCsv(report).split('\r\n');
    expect(lines[0]).toBe(
      'group_by,key,label,datacenters,unattested,pending,compliant,non_compliant,expired,suspended,h100_equivalents,accelerators,overdue_reaudits,open_findings_blocker,open_findings_major,open_findings_minor,open_findings_info,as_of',
    );
    expect(lines[1]).toBe('tier,1,Tier 1,2,0,0,2,0,0,0,3,3,1,0,0,0,0,2026-01-01T00:00:00.000Z');
    expect(lines[2]).toBe('tier,2,Tier 2,1,0,1,0,0,0,0,0,0,0,0,2,0,0,2026-01-01T00:00:00.000Z');
    expect(lines[3]).toBe('tier,total,All groups,3,0,1,2,0,0,0,3,3,1,0,2,0,0,2026-01-01T00:00:00.000Z');
    expect(lines[4]).toBe('');
  });
});
