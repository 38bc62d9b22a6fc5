import type { Readable } from 'node:stream';
import { CsvError, parse, type CastingContext } from 'csv-parse';
import { DEFAULT_MAX_INVENTORY_ERRORS, INVENTORY_FIELDS, REQUIRED_INVENTORY_FIELDS, validateInventoryItem, type InventoryField, type InventoryItem } from './inventory-line';

/** A CSV mistake located as a spreadsheet user finds it: physical line (header = 1) and column name. */
export interface InventoryCsvError {
  line: number;
  column?: string;
  message: string;
}

export interface InventoryCsvOptions {
  /** Data lines allowed (the header does not count). */
  maxLines: number;
  /** Errors collected before reading stops; default 100. */
  maxErrors?: number;
  /** Largest single record, in characters; bounds what an unclosed quote can make the parser hold. */
  maxRecordChars?: number;
}

export type InventoryCsvResult = { items: InventoryItem[] } | { errors: InventoryCsvError[] };

const DEFAULT_MAX_RECORD_CHARS = 4 * 1024 * 1024;
const SERIAL_SEPARATOR = ';';
/** What `on_record` hands the stream when reading should end; everything else is consumed in place. */
const STOP = Object.freeze({ stop: true });

/**
 * Reads an inventory CSV as a stream (never the whole body as one string): header row naming the
 * columns, then one line per item, each checked by `validateInventoryItem`. Stops early at the line
 * limit or the error cap, and then drains `input` so an HTTP request still completes and can be answered.
 */
export async function readInventoryCsv(input: Readable, options: InventoryCsvOptions): Promise<InventoryCsvResult> {
  const collector = new InventoryCollector(options.maxLines, options.maxErrors ?? DEFAULT_MAX_INVENTORY_ERRORS);
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    // Fixed rather than guessed from the first line, so a file mixing line endings still splits (and counts) correctly.
    record_delimiter: ['\r\n', '\n', '\r'],
    // Quotes inside unquoted cells (`12" board`) are text, not a syntax error.
    relax_quotes: true,
    // Rows with the wrong number of cells are reported here, by line, rather than aborting the parse.
    relax_column_count: true,
    max_record_size: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS,
    // Records are taken inside the parser, in order, as it finds them: a syntax error further on then
    // cannot discard rows still queued in the stream, and their line numbers are known exactly.
    on_record: (record: string[], context: CastingContext) => (collector.take(record, context) === 'stop' ? STOP : null),
  });
  // Stays attached after reading ends: the input may still fail while it is being drained.
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);
  try {
    // The stream itself only ever carries the stop signal.
    for await (const signal of parser as AsyncIterable<typeof STOP>) if (signal === STOP) break;
  } catch (error: unknown) {
    if (!(error instanceof CsvError)) throw error;
    collector.syntaxError(error);
  } finally {
    input.unpipe(parser);
    parser.destroy();
    // Discard whatever is left unread, so the sender is not left waiting on a full socket.
    if (!input.readableEnded && !input.destroyed) input.resume();
  }
  return collector.result();
}

/** Turns parsed records into items or located errors, deciding when reading should stop. */
class InventoryCollector {
  private readonly lines = new LineTracker();
  private readonly errors: InventoryCsvError[] = [];
  private readonly items: InventoryItem[] = [];
  private header: InventoryField[] | undefined;
  private dataLines = 0;
  private stopped = false;
  private limitError: InventoryCsvError | undefined;

  constructor(
    private readonly maxLines: number,
    private readonly maxErrors: number,
  ) {}

  take(record: string[], context: CastingContext): 'continue' | 'stop' {
    // The parser may hand over a few more records of the current chunk before it is torn down.
    if (this.stopped) return 'stop';
    const line = this.lines.startOf(record, context);
    if (isBlank(record)) return 'continue'; // ",,," rows are how spreadsheets export an empty row
    if (!this.header) {
      const parsed = readHeader(record, line);
      if ('errors' in parsed) this.errors.push(...parsed.errors);
      else this.header = parsed.columns;
      return this.stopWhen(!this.header || this.errors.length >= this.maxErrors);
    }
    this.dataLines += 1;
    if (this.dataLines > this.maxLines) {
      this.limitError = { line, message: `the inventory has more than ${this.maxLines.toLocaleString('en-US')} lines, the most one upload may hold` };
      return this.stopWhen(true);
    }
    if (record.length !== this.header.length) {
      this.errors.push({ line, message: `has ${record.length} cells where the header has ${this.header.length} columns` });
    } else {
      const result = validateInventoryItem(rawItem(this.header, record));
      if ('errors' in result) for (const error of result.errors) this.errors.push({ line, column: error.field, message: error.message });
      // Once anything is wrong the items will not be used: stop holding them.
      else if (this.errors.length === 0) this.items.push(result.item);
    }
    return this.stopWhen(this.errors.length >= this.maxErrors);
  }

  syntaxError(error: CsvError): void {
    if (!this.stopped) this.errors.push(this.lines.locate(error, this.header));
  }

  result(): InventoryCsvResult {
    if (this.limitError) return { errors: [this.limitError] };
    if (this.errors.length > 0) return { errors: this.errors.slice(0, this.maxErrors) };
    if (!this.header) return { errors: [{ line: 1, message: `the file is empty: its first line must be a header naming the columns ${REQUIRED_INVENTORY_FIELDS.join(',')}` }] };
    return { items: this.items };
  }

  private stopWhen(condition: boolean): 'continue' | 'stop' {
    if (condition) this.stopped = true;
    return condition ? 'stop' : 'continue';
  }
}

/**
 * Turns csv-parse's running line count into the line each record starts on. Its `info.lines` is the
 * line a record ends on, except that it counts a CRLF inside a quoted cell as two lines; both are
 * corrected from the line breaks inside the record's own cells.
 */
class LineTracker {
  private crlfOvercount = 0;
  private lastEnd = 0;
  private lastEmptyLines = 0;

  startOf(record: readonly string[], context: CastingContext): number {
    let breaks = 0;
    for (const cell of record) {
      if (cell.includes('\n') || cell.includes('\r')) {
        breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
        this.crlfOvercount += cell.match(/\r\n/g)?.length ?? 0;
      }
    }
    this.lastEnd = context.lines - this.crlfOvercount;
    this.lastEmptyLines = context.empty_lines;
    return this.lastEnd - breaks;
  }

  /** A syntax error points at the record it broke: the line after the last good one and any blank lines. */
  locate(error: CsvError, header: readonly string[] | undefined): InventoryCsvError {
    const emptyLines = typeof error['empty_lines'] === 'number' ? error['empty_lines'] : this.lastEmptyLines;
    const line = this.lastEnd + 1 + Math.max(0, emptyLines - this.lastEmptyLines);
    const index = typeof error['column'] === 'number' ? error['column'] : undefined;
    const column = index !== undefined && header ? header[index] : undefined;
    const located: InventoryCsvError = { line, message: syntaxMessage(error) };
    if (column !== undefined) located.column = column;
    return located;
  }
}

function syntaxMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell starting on this line is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell has text after its closing quote; write a quote inside a quoted cell as two quotes ("")';
    case 'CSV_MAX_RECORD_SIZE':
      return 'a cell on this line is too large (is a closing quote missing?)';
    default:
      // csv-parse counts lines its own way; its message would contradict the line reported here.
      return `the CSV cannot be read here (${error.code})`;
  }
}

type HeaderResult = { columns: InventoryField[] } | { errors: InventoryCsvError[] };

/** Column names are matched ignoring case and surrounding spaces, as spreadsheets capitalise headers. */
function readHeader(record: string[], line: number): HeaderResult {
  const byLowerCase = new Map<string, InventoryField>(INVENTORY_FIELDS.map((field) => [field.toLowerCase(), field]));
  const errors: InventoryCsvError[] = [];
  const columns: InventoryField[] = [];
  const seen = new Set<InventoryField>();
  record.forEach((cell, index) => {
    const name = cell.trim();
    const field = byLowerCase.get(name.toLowerCase());
    if (name === '') errors.push({ line, message: `column ${index + 1} of the header has no name` });
    else if (!field) errors.push({ line, column: name, message: `${name} is not an inventory column (expected ${INVENTORY_FIELDS.join(', ')})` });
    else if (seen.has(field)) errors.push({ line, column: name, message: `${name} appears more than once in the header` });
    else {
      seen.add(field);
      columns.push(field);
    }
  });
  for (const required of REQUIRED_INVENTORY_FIELDS) {
    if (!seen.has(required)) errors.push({ line, column: required, message: `the header has no ${required} column` });
  }
  return errors.length > 0 ? { errors } : { columns };
}

/** A CSV row as the validator expects it: empty optional cells mean "not given", serials split on ";". */
function rawItem(header: readonly InventoryField[], record: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (let index = 0; index < header.length; index += 1) {
    const field = header[index];
    const cell = record[index];
    const required = field === 'vendor' || field === 'model' || field === 'quantity';
    if (!required && cell.trim() === '') continue;
    raw[field] = field === 'serials' ? cell.split(SERIAL_SEPARATOR) : cell;
  }
  return raw;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
