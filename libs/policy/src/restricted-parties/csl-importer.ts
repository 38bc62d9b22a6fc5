import { Readable } from 'node:stream';
import { EntryCollector } from './csl-entry-collector';
import type { CslFormat, CslImportResult } from './csl-import-result';
import { readCslCsv } from './csl-csv-reader';
import { readCslJson, readText } from './csl-json-reader';

export type { CslFormat, CslImportError, CslImportResult } from './csl-import-result';

/**
 * Imports the US Consolidated Screening List (data.trade.gov) as restricted parties. CSV is read as
 * a stream, record by record; JSON (the download, an API response, or a bare array) is parsed whole,
 * as JSON has no record boundaries to stream on. A string input is the document itself.
 *
 * Problems with the data are reported per record in `errors`, and the rest is imported; the
 * promise rejects only when the input itself cannot be read.
 */
export async function importConsolidatedScreeningList(input: Readable | string, format: CslFormat): Promise<CslImportResult> {
  const collector = new EntryCollector();
  if (format === 'csv') await readCslCsv(typeof input === 'string' ? Readable.from([input]) : input, collector);
  else readCslJson(typeof input === 'string' ? input : await readText(input), collector);
  return collector.result();
}
