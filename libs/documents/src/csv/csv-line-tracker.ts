import type { CastingContext, CsvError } from 'csv-parse';
import type { CsvTableError } from './csv-table-options';

/**
 * Turns csv-parse's running line count into the line each record starts on. Its `info.lines` is the
 * line a record ends on, except that it counts a CRLF inside a quoted cell as two lines; both are
 * corrected from the line breaks inside the record's own cells.
 */
export class CsvLineTracker {
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
  locate(error: CsvError, header: readonly string[] | undefined): CsvTableError {
    const emptyLines = typeof error['empty_lines'] === 'number' ? error['empty_lines'] : this.lastEmptyLines;
    const line = this.lastEnd + 1 + Math.max(0, emptyLines - this.lastEmptyLines);
    const index = typeof error['column'] === 'number' ? error['column'] : undefined;
    const column = index !== undefined && header ? header[index] : undefined;
    const located: CsvTableError = { line, message: syntaxMessage(error) };
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
