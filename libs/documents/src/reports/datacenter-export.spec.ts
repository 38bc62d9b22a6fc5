import { InventoryClassifier, referencePolicyPack } from '@tiergate/policy';
import { csvLine } from './csv-cell';
import { DATACENTER_EXPORT_CSV_HEADER, datacenterExportCsvLine, toDatacenterExportRow, type DatacenterExportSource } from './datacenter-export';
import { InventoryPricer } from './inventory-pricing';

const pack = referencePolicyPack();
const countries = new Map(pack.countries.map((country) => [country.code, country]));
const classifier = new InventoryClassifier(pack);
const pricer = new InventoryPricer(classifier);

const source: DatacenterExportSource = {
  id: 'dc-1',
  name: 'Warsaw, North',
  organizationId: 'org-1',
  organizationName: '=cmd',
  countryCode: 'PL',
  status: 'compliant',
  inventoryModels: [
    { vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 8 },
    { vendor: 'NVIDIA', model: 'A100', quantity: 2 },
  ],
  nextAuditDue: '2027-01-01T00:00:00.000Z',
  attestationId: 'att-1',
  attestationVersion: 2,
  attestationStatus: 'approved',
  validUntil: '2027-02-01T00:00:00.000Z',
  openFindings: { blocker: 0, major: 1, minor: 2, info: 0 },
};

describe('datacenter export rows', () => {
  it('derives tier and H100-equivalents from the policy', () => {
    const row = toDatacenterExportRow(source, countries, pricer);
    expect(row).toMatchObject({ tier: 2, accelerators: 10, attestation: { id: 'att-1', version: 2, status: 'approved' } });
    expect(row.h100Equivalents).toBeCloseTo((8 * 15_832 + 2 * 4_992) / 15_832, 3);
  });

  it('has no attestation when the facility has none', () => {
    expect(toDatacenterExportRow({ ...source, attestationId: null, attestationVersion: null, attestationStatus: null }, countries, pricer).attestation).toBeNull();
  });

  it('writes one CSV line per row, as many fields as the header', () => {
    const line = datacenterExportCsvLine(toDatacenterExportRow(source, countries, pricer));
    expect(line.endsWith('\r\n')).toBe(true);
    expect(line).toContain(`dc-1,"Warsaw, North",org-1,'=cmd,PL,2,compliant,10,`);
    expect(line.trimEnd().split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).toHaveLength(DATACENTER_EXPORT_CSV_HEADER.length);
  });

  it('writes exactly what the general CSV writer would', () => {
    for (const variant of [source, { ...source, attestationId: null, attestationVersion: null, attestationStatus: null, validUntil: null, nextAuditDue: null, countryCode: 'QQ' }]) {
      const row = toDatacenterExportRow(variant, countries, pricer);
      expect(datacenterExportCsvLine(row)).toBe(
        csvLine([
          row.id,
          row.name,
          row.organizationId,
          row.organization,
          row.countryCode,
          row.tier,
          row.status,
          row.accelerators,
          row.h100Equivalents,
          row.attestation?.id,
          row.attestation?.version,
          row.attestation?.status,
          row.validUntil,
          row.nextAuditDue,
          row.openFindings.blocker,
          row.openFindings.major,
          row.openFindings.minor,
          row.openFindings.info,
        ]),
      );
    }
  });
});
