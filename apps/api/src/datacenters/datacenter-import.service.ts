import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, DatacenterEntity } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import { invalidInput, type FieldError } from '../common/errors/invalid-input';
import type { Page } from '../common/pagination/page';
import { flattenValidationErrors } from '../common/validation/validation.pipe';
import { ActivePolicyService } from '../policy/active-policy.service';
import { CreateDatacenterDto } from './datacenter.dto';
import { toDatacenterView, type DatacenterView } from './datacenter.view';
import { DatacentersService } from './datacenters.service';

export const MAX_IMPORT_ROWS = 10_000;
const MAX_REPORTED_ERRORS = 100;
const COLUMNS = ['name', 'countryCode', 'city', 'latitude', 'longitude'] as const;
const REQUIRED = new Set(['name', 'countryCode']);

/**
 * Registers a fleet from CSV, all or nothing: every row is checked with the same rules as
 * POST /datacenters, names must be unique in the file and the organisation, and one error per
 * wrong line is reported (by line number, as a spreadsheet shows it).
 */
@Injectable()
export class DatacenterImportService {
  private readonly logger = new Logger(DatacenterImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly datacenters: DatacentersService,
    private readonly policy: ActivePolicyService,
    private readonly audit: AuditWriter,
  ) {}

  async import(input: Readable, requestedOrganizationId: string | undefined, principal: Principal): Promise<Page<DatacenterView>> {
    const organizationId = await this.datacenters.owningOrganization(requestedOrganizationId, principal);
    const rows = await readRows(input);
    await this.rejectExistingNames(organizationId, rows);

    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.save(
        rows.map(({ dto }) =>
          manager.create(DatacenterEntity, {
            organizationId,
            name: dto.name,
            countryCode: dto.countryCode,
            city: dto.city ?? null,
            latitude: dto.latitude ?? null,
            longitude: dto.longitude ?? null,
          }),
        ),
        { chunk: 500 },
      );
      // One entry for the whole import keeps the chain short while naming every facility.
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'datacenter.imported',
        entityType: 'organization',
        entityId: organizationId,
        payload: { count: inserted.length, datacenters: inserted.map((row) => ({ id: row.id, name: row.name, countryCode: row.countryCode })) },
      });
      return inserted;
    });
    this.logger.log(`imported ${created.length} datacenters for organization ${organizationId}`);
    const policy = await this.policy.get();
    return { items: created.map((row) => toDatacenterView(row, policy)), nextCursor: null };
  }

  private async rejectExistingNames(organizationId: string, rows: ImportRow[]): Promise<void> {
    const existing: { name: string }[] = await this.dataSource.query('SELECT name FROM datacenters WHERE organization_id = $1 AND name = ANY($2)', [
      organizationId,
      rows.map((row) => row.dto.name),
    ]);
    const taken = new Set(existing.map((row) => row.name));
    const problems = rows.filter((row) => taken.has(row.dto.name)).map((row) => lineError(row.line, 'name', `a datacenter named "${row.dto.name}" already exists`));
    if (problems.length > 0) throw invalidInput(problems.slice(0, MAX_REPORTED_ERRORS));
  }
}

interface ImportRow {
  line: number;
  dto: CreateDatacenterDto;
}

async function readRows(input: Readable): Promise<ImportRow[]> {
  const parser = input.pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, max_record_size: 64 * 1024 }));
  const rows: ImportRow[] = [];
  const errors: FieldError[] = [];
  const seenNames = new Map<string, number>();
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (!header) {
        header = record;
        errors.push(...headerProblems(header));
        if (errors.length > 0) break;
        continue;
      }
      if (rows.length + errors.length >= MAX_IMPORT_ROWS) {
        errors.push({ field: `line ${line}`, problems: [`an import holds at most ${MAX_IMPORT_ROWS} datacenters; split the file`] });
        break;
      }
      if (record.length !== header.length) {
        errors.push({ field: `line ${line}`, problems: [`expected ${header.length} fields, found ${record.length}`] });
      } else {
        const row = checkRow(header, record, line, seenNames);
        if ('problems' in row) errors.push(...row.problems);
        else rows.push(row);
      }
      if (errors.length >= MAX_REPORTED_ERRORS) break;
    }
  } catch (error) {
    errors.push({ field: 'body', problems: [`not readable as CSV: ${(error as Error).message}`] });
  } finally {
    input.resume(); // drain whatever we did not read so the client gets its answer
  }
  if (!header) errors.push({ field: 'line 1', problems: [`the header row is missing; expected ${COLUMNS.join(',')}`] });
  else if (rows.length === 0 && errors.length === 0) errors.push({ field: 'body', problems: ['the file has a header but no datacenters'] });
  if (errors.length > 0) throw invalidInput(errors);
  return rows;
}

function headerProblems(header: string[]): FieldError[] {
  const problems: string[] = [];
  for (const column of header) if (!(COLUMNS as readonly string[]).includes(column)) problems.push(`unknown column "${column}"; expected ${COLUMNS.join(',')}`);
  for (const column of REQUIRED) if (!header.includes(column)) problems.push(`column ${column} is missing`);
  if (new Set(header).size !== header.length) problems.push('a column is named twice');
  return problems.length > 0 ? [{ field: 'line 1', problems }] : [];
}

function checkRow(header: string[], record: string[], line: number, seenNames: Map<string, number>): ImportRow | { problems: FieldError[] } {
  const plain = Object.fromEntries(header.flatMap((column, index) => (record[index] === '' ? [] : [[column, record[index]]])));
  const dto = plainToInstance(CreateDatacenterDto, plain);
  const problems = flattenValidationErrors(validateSync(dto, { forbidUnknownValues: false })).map((error) => ({ field: `line ${line}, column ${error.field}`, problems: error.problems }));
  if (typeof dto.name === 'string') {
    const firstLine = seenNames.get(dto.name);
    if (firstLine) problems.push(lineError(line, 'name', `"${dto.name}" is already used on line ${firstLine}`));
    else seenNames.set(dto.name, line);
  }
  return problems.length > 0 ? { problems } : { line, dto };
}

function lineError(line: number, column: string, problem: string): FieldError {
  return { field: `line ${line}, column ${column}`, problems: [problem] };
}
