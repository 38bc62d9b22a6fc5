import { CsvError, parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { EntryCollector, RecordPosition } from './csl-entry-collector';
import { type CslRecord, splitList } from './csl-record';

/** Far above any real CSL record; bounds the memory an unclosed quote can take. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** Reads the CSL CSV download record by record, by header name, so column order does not matter. */
export async function readCslCsv(input: Readable, collector: EntryCollector): Promise<void> {
  // No `trim` option: with it, csv-parse stops reading after a stray quote instead of skipping
  // that record. Fields are trimmed when they are read instead.
  const parser = input.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true, info: true, max_record_size: MAX_RECORD_BYTES }));
  // pipe() does not pass on a read error; without this the loop below would wait forever.
  input.once('error', (error) => parser.destroy(error));
  // The parser can report one broken record more than once (e.g. for each stray quote); one error per line is enough.
  let lastSkippedLine: number | undefined;
  parser.on('skip', (error: CsvError) => {
    const position = lineOf(error);
    if (position.line !== undefined && position.line === lastSkippedLine) return;
    lastSkippedLine = position.line;
    collector.fail(`not readable as CSV: ${error.message}`, position);
  });
  let columns: Map<string, number> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = new Map(record.map((column, index) => [column.trim().toLowerCase(), index]));
        if (!columns.has('name')) return collector.fail('the header has no "name" column; expected the Consolidated Screening List CSV layout', { line: info.lines });
        continue;
      }
      if (record.every((field) => field.trim() === '')) continue; // a line of spaces is as empty as a blank one
      collector.add(csvRecord(columns, record), { line: info.lines });
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    collector.fail(`not readable as CSV: ${error.message}`, lineOf(error));
  } finally {
    input.resume(); // drain what was not read, so a request body or file handle is released
  }
  if (!columns) collector.fail('the file is empty; expected a header row and records');
}

function lineOf(error: CsvError): RecordPosition {
  const line: unknown = error.lines;
  return typeof line === 'number' ? { line } : {};
}

function csvRecord(columns: Map<string, number>, fields: string[]): CslRecord {
  const field = (name: string): string | undefined => {
    const index = columns.get(name);
    const value = index === undefined ? undefined : fields[index]?.trim();
    return value ? value : undefined;
  };
  return {
    id: field('_id') ?? field('id'),
    entityNumber: field('entity_number'),
    source: field('source'),
    type: field('type'),
    name: field('name'),
    altNames: splitList(field('alt_names')),
    programs: splitList(field('programs')),
    addressCountries: splitList(field('addresses')).map(countryOfCsvAddress),
    nationalities: [...splitList(field('nationalities')), ...splitList(field('citizenships'))],
    remarks: field('remarks'),
    licenseRequirement: field('license_requirement'),
    startDate: field('start_date'),
  };
}

/** CSV addresses read "street, city, state, postal code, CN": the country code is the last part. */
function countryOfCsvAddress(address: string): string {
  const last = address.split(',').pop()?.trim() ?? '';
  return /^[A-Za-z]{2}$/.test(last) ? last.toUpperCase() : '';
}
