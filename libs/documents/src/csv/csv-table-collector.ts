import type { CastingContext, CsvError } from 'csv-parse';
import { readCsvHeader } from './csv-header';
import { CsvLineTracker } from './csv-line-tracker';
import type { CsvCells, CsvTableError, CsvTableOptions, CsvTableResult, CsvTableRow } from './csv-table-options';

/** Enough to fix a file in one go, bounded for a garbage upload. */
export const DEFAULT_MAX_CSV_ERRORS = 100;

/** Turns parsed records into checked rows or located errors, deciding when reading should stop. */
export class CsvTableCollector<T, C extends string> {
  private readonly lines = new CsvLineTracker();
  private readonly errors: CsvTableError[] = [];
  private readonly rows: CsvTableRow<T>[] = [];
  private readonly maxErrors: number;
  private header: C[] | undefined;
  private dataRows = 0;
  private stopped = false;
  private limitError: CsvTableError | undefined;

  constructor(private readonly options: CsvTableOptions<T, C>) {
    this.maxErrors = options.maxErrors ?? DEFAULT_MAX_CSV_ERRORS;
  }

  take(record: string[], context: CastingContext): 'continue' | 'stop' {
    // The parser may hand over a few more records of the current chunk before it is torn down.
    if (this.stopped) return 'stop';
    const line = this.lines.startOf(record, context);
    if (isBlank(record)) return 'continue'; // ",,," rows are how spreadsheets export an empty row
    if (!this.header) {
      const parsed = readCsvHeader(record, line, {
        columns: this.options.columns,
        required: this.options.required,
        caseInsensitive: this.options.caseInsensitiveHeader ?? false,
        unknownColumnMessage: this.options.unknownColumnMessage ?? ((name) => `${name} is not a known column (expected ${this.options.columns.join(', ')})`),
      });
      if ('errors' in parsed) this.errors.push(...parsed.errors);
      else this.header = parsed.columns;
      return this.stopWhen(!this.header || this.errors.length >= this.maxErrors);
    }
    this.dataRows += 1;
    if (this.dataRows > this.options.maxRows) {
      const message = this.options.tooManyRowsMessage ?? defaultTooManyRowsMessage;
      this.limitError = { line, message: message(this.options.maxRows) };
      return this.stopWhen(true);
    }
    const withNul = this.header.filter((_, index) => record[index]?.includes('\u0000'));
    if (record.length !== this.header.length) {
      this.errors.push({ line, message: `has ${record.length} cells where the header has ${this.header.length} columns` });
    } else if (withNul.length > 0) {
      // No database column can hold a NUL character: stored, it failed with a 500.
      for (const column of withNul) this.errors.push({ line, column, message: 'contains a NUL character' });
    } else {
      const checked = this.options.row(cellsOf(this.header, record), line);
      if ('errors' in checked) for (const error of checked.errors) this.errors.push({ line, ...error });
      // Once anything is wrong the rows will not be used: stop holding them.
      else if (this.errors.length === 0) this.rows.push({ line, value: checked.value });
    }
    return this.stopWhen(this.errors.length >= this.maxErrors);
  }

  syntaxError(error: CsvError): void {
    if (!this.stopped) this.errors.push(this.lines.locate(error, this.header));
  }

  result(): CsvTableResult<T> {
    if (this.limitError) return { errors: [this.limitError] };
    if (this.errors.length > 0) return { errors: this.errors.slice(0, this.maxErrors) };
    if (!this.header) return { errors: [{ line: 1, message: `the file is empty: its first line must be a header naming the columns ${this.options.required.join(',')}` }] };
    return { rows: this.rows };
  }

  private stopWhen(condition: boolean): 'continue' | 'stop' {
    if (condition) this.stopped = true;
    return condition ? 'stop' : 'continue';
  }
}

function defaultTooManyRowsMessage(max: number): string {
  return `the file has more than ${max.toLocaleString('en-US')} rows, the most one upload may hold`;
}

function cellsOf<C extends string>(header: readonly C[], record: readonly string[]): CsvCells<C> {
  const cells: CsvCells<C> = {};
  header.forEach((column, index) => {
    const cell = record[index];
    if (cell.trim() !== '') cells[column] = cell;
  });
  return cells;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
