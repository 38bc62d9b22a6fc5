import type { Readable } from 'node:stream';
import { CsvError, parse, type CastingContext } from 'csv-parse';
import { CsvTableCollector } from './csv-table-collector';
import type { CsvTableOptions, CsvTableResult } from './csv-table-options';

export type { CsvCellError, CsvCells, CsvRowCheck, CsvTableError, CsvTableOptions, CsvTableResult, CsvTableRow } from './csv-table-options';
export { DEFAULT_MAX_CSV_ERRORS } from './csv-table-collector';

const DEFAULT_MAX_RECORD_CHARS = 4 * 1024 * 1024;
/** What `on_record` hands the stream when reading should end; everything else is consumed in place. */
const STOP = Object.freeze({ stop: true });

/**
 * Reads a CSV table as a stream (never the whole body as one string): a header row naming the
 * columns, then one row per value, each checked by `options.row`. Errors carry the physical line a
 * spreadsheet or editor shows. Stops early at the row limit or the error cap, and then drains `input`
 * so an HTTP request still completes and can be answered.
 */
export async function readCsvTable<T, C extends string>(input: Readable, options: CsvTableOptions<T, C>): Promise<CsvTableResult<T>> {
  const collector = new CsvTableCollector(options);
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    // Fixed rather than guessed from the first line, so a file mixing line endings still splits (and counts) correctly.
    record_delimiter: ['\r\n', '\n', '\r'],
    // Quotes inside unquoted cells (`12" board`) are text, not a syntax error.
    relax_quotes: true,
    // Rows with the wrong number of cells are reported by line, rather than aborting the parse.
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
