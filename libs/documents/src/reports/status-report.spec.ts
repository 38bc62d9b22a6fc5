import { InventoryClassifier, referencePolicyPack } from '@tiergate/policy';
import { buildStatusReport } from './status-report';
import type { StatusReportInput } from './status-report-input';

const pack = referencePolicyPack();
const countries = new Map(pack.countries.map((country) => [country.code, country]));
const classifier = new InventoryClassifier(pack);
const H100_TPP = pack.thresholds.h100Tpp;
const asOf = new Date('2026-03-01T00:00:00.000Z');

function input(overrides: Partial<StatusReportInput>): StatusReportInput {
  return { groupBy: 'country', asOf, statuses: [], compliantInventory: [], openFindings: [], countries, classifier, ...overrides };
}

describe('buildStatusReport', () => {
  const statuses: StatusReportInput['statuses'] = [
    { key: 'DE', status: 'compliant', facilities: 2, overdueReaudits: 1 },
    { key: 'DE', status: 'pending', facilities: 1, overdueReaudits: 0 },
    { key: 'FR', status: 'suspended', facilities: 1, overdueReaudits: 0 },
    { key: 'PL', status: 'compliant', facilities: 1, overdueReaudits: 0 },
    { key: 'PL', status: 'non_compliant', facilities: 3, overdueReaudits: 0 },
  ];
  const compliantInventory: StatusReportInput['compliantInventory'] = [
    { key: 'DE', vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 100 },
    { key: 'DE', vendor: 'NVIDIA', model: 'A100', quantity: 10 },
    { key: 'PL', vendor: 'NVIDIA', model: 'B200', quantity: 4 },
    { key: 'PL', vendor: 'Acme', model: 'Mystery', quantity: 7 },
  ];
  const openFindings: StatusReportInput['openFindings'] = [
    { key: 'PL', severity: 'blocker', count: 2 },
    { key: 'FR', severity: 'major', count: 1 },
    { key: 'DE', severity: 'info', count: 5 },
  ];

  it('counts every status per country, with absent statuses at zero', () => {
    const report = buildStatusReport(input({ statuses, compliantInventory, openFindings }));
    // Ordered by the name a reader sees: France, Germany, Poland.
    expect(report.groups.map((group) => group.key)).toEqual(['FR', 'DE', 'PL']);
    const germany = report.groups[1];
    expect(germany).toMatchObject({ key: 'DE', label: 'Germany', datacenters: 3, overdueReaudits: 1 });
    expect(germany.byStatus).toEqual({ unattested: 0, pending: 1, compliant: 2, non_compliant: 0, expired: 0, suspended: 0 });
    expect(germany.openFindings).toEqual({ blocker: 0, major: 0, minor: 0, info: 5 });
    expect(report.asOf).toBe('2026-03-01T00:00:00.000Z');
  });

  it('prices compliant accelerators with the classifier: unknown models count as accelerators, not as compute', () => {
    const report = buildStatusReport(input({ statuses, compliantInventory, openFindings }));
    const [, germany, poland] = report.groups;
    expect(germany.accelerators).toBe(110);
    expect(germany.h100Equivalents).toBeCloseTo((100 * 15_832 + 10 * 4_992) / H100_TPP, 3);
    expect(poland.accelerators).toBe(11);
    expect(poland.h100Equivalents).toBeCloseTo((4 * 36_000) / H100_TPP, 3);
  });

  it('totals every group', () => {
    const { totals } = buildStatusReport(input({ statuses, compliantInventory, openFindings }));
    expect(totals).toMatchObject({ datacenters: 8, accelerators: 121, overdueReaudits: 1 });
    expect(totals.byStatus).toEqual({ unattested: 0, pending: 1, compliant: 3, non_compliant: 3, expired: 0, suspended: 1 });
    expect(totals.openFindings).toEqual({ blocker: 2, major: 1, minor: 0, info: 5 });
    expect(totals.h100Equivalents).toBeCloseTo((100 * 15_832 + 10 * 4_992 + 4 * 36_000) / H100_TPP, 3);
  });

  it('folds countries into the policy’s tiers, in tier order, with unknown codes last', () => {
    const report = buildStatusReport(
      input({
        groupBy: 'tier',
        statuses: [...statuses, { key: 'CN', status: 'unattested', facilities: 1, overdueReaudits: 0 }, { key: 'QQ', status: 'pending', facilities: 2, overdueReaudits: 0 }],
        compliantInventory,
        openFindings,
      }),
    );
    expect(report.groups.map((group) => [group.key, group.label, group.datacenters])).toEqual([
      ['1', 'Tier 1', 4],
      ['2', 'Tier 2', 4],
      ['3', 'Tier 3', 1],
      ['unlisted', 'Country not in the policy', 2],
    ]);
    expect(report.groups[0].byStatus.suspended).toBe(1);
    expect(report.groups[1].openFindings.blocker).toBe(2);
  });

  it('labels organisations by name and orders them by it', () => {
    const report = buildStatusReport(
      input({
        groupBy: 'organization',
        statuses: [
          { key: 'org-b', status: 'compliant', facilities: 1, overdueReaudits: 0 },
          { key: 'org-a', status: 'expired', facilities: 1, overdueReaudits: 0 },
        ],
        organizationNames: new Map([
          ['org-a', 'Zeta Compute'],
          ['org-b', 'Alpha Cloud'],
        ]),
      }),
    );
    expect(report.groups.map((group) => group.label)).toEqual(['Alpha Cloud', 'Zeta Compute']);
  });

  it('is an empty report, not an error, when nothing is in scope', () => {
    const report = buildStatusReport(input({}));
    expect(report.groups).toEqual([]);
    expect(report.totals).toMatchObject({ datacenters: 0, h100Equivalents: 0, accelerators: 0 });
  });

  it('gives the same figures whether SQL pre-aggregates facilities or sends them one by one', () => {
    const one = buildStatusReport(
      input({ statuses: [{ key: 'DE', status: 'compliant', facilities: 3, overdueReaudits: 2 }], compliantInventory: [{ key: 'DE', vendor: 'NVIDIA', model: 'H100', quantity: 30 }] }),
    );
    const many = buildStatusReport(
      input({
        statuses: [1, 2, 3].map((n) => ({ key: 'DE', status: 'compliant' as const, facilities: 1, overdueReaudits: n < 3 ? 1 : 0 })),
        compliantInventory: [1, 2, 3].map(() => ({ key: 'DE', vendor: 'NVIDIA', model: 'H100', quantity: 10 })),
      }),
    );
    expect(many).toEqual(one);
  });
});
