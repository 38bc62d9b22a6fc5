import { Injectable } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { csvLine, DATACENTER_EXPORT_CSV_HEADER, datacenterExportCsvLine, type DatacenterExportRow, InventoryPricer, isFacilityStatus, toDatacenterExportRow } from '@tiergate/documents';
import { PolicyVersionStore, type ActivePolicyVersion } from '@tiergate/persistence';
import { DatacenterExportReader } from './datacenter-export.reader';
import type { DatacenterExportSqlRow } from './datacenter-export.sql';
import { HashingFileWriter } from './hashing-file-writer';
import { reportScopeOf } from './report-scope';
import { rowsIntoFile } from './rows-into-file';
import type { DatacenterExportFormat } from './report-query.dto';

/** A finished export on disk, ready to be signed and sent; `dispose` removes it. */
export interface DatacenterExportFile {
  path: string;
  sha256: string;
  bytes: number;
  rows: number;
  contentType: string;
  fileName: string;
  dispose(): Promise<void>;
}

/**
 * Every facility in scope, streamed from a database cursor into a temporary file while it is
 * hashed. Only one chunk of rows is ever in memory, so the export of a million facilities costs
 * what the export of a thousand does; the file exists because the signature headers must be sent
 * before the body, and they depend on every byte of it.
 */
@Injectable()
export class DatacenterExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: DatacenterExportReader,
    private readonly policy: PolicyVersionStore,
    private readonly clock: Clock,
  ) {}

  async write(principal: Principal, format: DatacenterExportFormat): Promise<DatacenterExportFile> {
    const scope = reportScopeOf(principal);
    const policy = await this.policy.active();
    const generatedAt = this.clock.now().toISOString();
    const directory = await mkdtemp(join(tmpdir(), 'tiergate-export-'));
    const dispose = () => rm(directory, { recursive: true, force: true });
    const writer = new HashingFileWriter(join(directory, `datacenters.${format}`));
    const queryRunner = this.dataSource.createQueryRunner();
    try {
      const cursor = await this.reader.openCursor(queryRunner, scope.countries);
      await writer.write(format === 'csv' ? csvLine(DATACENTER_EXPORT_CSV_HEADER) : jsonOpening(generatedAt, policy, scope.description));
      const pricer = new InventoryPricer(policy.classifier);
      const rows = await rowsIntoFile<DatacenterExportSqlRow>(cursor, writer, (raw, index) => {
        const row = toRow(raw, policy, pricer);
        return format === 'csv' ? datacenterExportCsvLine(row) : `${index === 0 ? '' : ',\n'}${JSON.stringify(row)}`;
      });
      await writer.write(format === 'csv' ? '' : '\n]}\n');
      await queryRunner.commitTransaction();
      const { sha256, bytes } = await writer.close();
      const stamp = generatedAt.replace(/[:.]/g, '-');
      return {
        path: writer.path,
        sha256,
        bytes,
        rows,
        contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        fileName: `datacenters-${stamp}.${format}`,
        dispose,
      };
    } catch (error) {
      writer.abort();
      await dispose();
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
  }
}

function toRow(raw: DatacenterExportSqlRow, policy: ActivePolicyVersion, pricer: InventoryPricer): DatacenterExportRow {
  if (!isFacilityStatus(raw.status)) throw new Error(`datacenter ${raw.id} has an unknown status "${raw.status}"`);
  return toDatacenterExportRow(
    {
      id: raw.id,
      name: raw.name,
      organizationId: raw.organization_id,
      organizationName: raw.organization_name,
      countryCode: raw.country_code,
      status: raw.status,
      inventoryModels: raw.inventory_models,
      nextAuditDue: raw.next_audit_due,
      attestationId: raw.attestation_id,
      attestationVersion: raw.attestation_version,
      attestationStatus: raw.attestation_status,
      validUntil: raw.valid_until,
      openFindings: { blocker: raw.blocker, major: raw.major, minor: raw.minor, info: raw.info },
    },
    policy.countries,
    pricer,
  );
}

/** The JSON export is one object whose `datacenters` array is written row by row. */
function jsonOpening(generatedAt: string, policy: ActivePolicyVersion, scope: string): string {
  const head = JSON.stringify({ generatedAt, scope, policy: { id: policy.id, version: policy.version } });
  return `${head.slice(0, -1)},"datacenters":[\n`;
}
