import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { type CsvCellError, type CsvCells, type CsvRowCheck, type CsvTableError, type CsvTableRow, readCsvTable } from '@tiergate/documents';
import { AuditWriter, DatacenterEntity, DatacenterStore, PolicyVersionStore, type Page } from '@tiergate/persistence';
import { InvalidInputError, type FieldError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { flattenValidationErrors } from '../common/validation/validation.pipe';
import { CreateDatacenterDto } from './datacenter.dto';
import { toDatacenterView, type DatacenterView } from './datacenter.view';
import { DatacentersService } from './datacenters.service';

export const MAX_IMPORT_ROWS = 10_000;
const MAX_REPORTED_ERRORS = 100;
/** Bounds what one runaway quoted cell can make the parser hold; a facility row is a few hundred characters. */
const MAX_RECORD_CHARS = 64 * 1024;
/** Matched exactly, as the API's field names are. */
const IMPORT_COLUMNS = ['name', 'countryCode', 'city', 'latitude', 'longitude'] as const;
type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['name', 'countryCode'];

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
    private readonly policy: PolicyVersionStore,
    private readonly audit: AuditWriter,
    private readonly store: DatacenterStore,
  ) {}

  async import(input: Readable, requestedOrganizationId: string | undefined, principal: Principal): Promise<Page<DatacenterView>> {
    const organizationId = await this.datacenters.owningOrganization(requestedOrganizationId, principal);
    const rows = await readRows(input);
    await this.rejectExistingNames(organizationId, rows);

    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.save(
        rows.map(({ value: dto }) =>
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
    const policy = await this.policy.active();
    return { items: created.map((row) => toDatacenterView(row, policy)), nextCursor: null };
  }

  private async rejectExistingNames(organizationId: string, rows: ImportRow[]): Promise<void> {
    const taken = await this.store.takenNames(
      this.dataSource.manager,
      organizationId,
      rows.map((row) => row.value.name),
    );
    const problems = rows.filter((row) => taken.has(row.value.name)).map((row) => lineError(row.line, 'name', `a datacenter named "${row.value.name}" already exists`));
    if (problems.length > 0) throw new InvalidInputError(problems.slice(0, MAX_REPORTED_ERRORS));
  }
}

type ImportRow = CsvTableRow<CreateDatacenterDto>;

/** Reads the whole file or throws one 400 naming every wrong line; a file without rows imports nothing, so it is refused. */
async function readRows(input: Readable): Promise<ImportRow[]> {
  const result = await readCsvTable(input, {
    columns: IMPORT_COLUMNS,
    required: REQUIRED_IMPORT_COLUMNS,
    maxRows: MAX_IMPORT_ROWS,
    maxErrors: MAX_REPORTED_ERRORS,
    maxRecordChars: MAX_RECORD_CHARS,
    tooManyRowsMessage: (max) => `an import holds at most ${max.toLocaleString('en-US')} datacenters; split the file`,
    row: datacenterRowCheck(),
  });
  if ('errors' in result) throw new InvalidInputError(toFieldErrors(result.errors));
  if (result.rows.length === 0) throw new InvalidInputError([{ field: 'body', problems: ['the file has a header but no datacenters'] }]);
  return result.rows;
}

/** Checks each row with the rules of POST /datacenters, and that no name repeats one from an earlier row. */
function datacenterRowCheck(): (cells: CsvCells<ImportColumn>, line: number) => CsvRowCheck<CreateDatacenterDto> {
  const firstLineOfName = new Map<string, number>();
  return (cells, line) => {
    const dto = plainToInstance(CreateDatacenterDto, cells);
    const errors: CsvCellError[] = flattenValidationErrors(validateSync(dto, { forbidUnknownValues: false })).flatMap((error) => error.problems.map((message) => ({ column: error.field, message })));
    if (typeof dto.name === 'string') {
      const firstLine = firstLineOfName.get(dto.name);
      if (firstLine !== undefined) errors.push({ column: 'name', message: `"${dto.name}" is already used on line ${firstLine}` });
      else firstLineOfName.set(dto.name, line);
    }
    return errors.length > 0 ? { errors } : { value: dto };
  };
}

/** One detail per line and column, its problems together, as the validation pipe reports one per field. */
function toFieldErrors(errors: readonly CsvTableError[]): FieldError[] {
  const details: FieldError[] = [];
  for (const error of errors) {
    const field = locate(error.line, error.column);
    const previous = details.at(-1);
    if (previous?.field === field) previous.problems.push(error.message);
    else details.push({ field, problems: [error.message] });
  }
  return details;
}

function lineError(line: number, column: string, problem: string): FieldError {
  return { field: locate(line, column), problems: [problem] };
}

/** Where a spreadsheet user finds the mistake. */
function locate(line: number, column: string | undefined): string {
  return column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
}
