import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { EntryCollector } from './csl-entry-collector';
import { splitList } from './csl-record';

/** The whole stream as UTF-8 text. */
export async function readText(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)));
/** JSON lists are arrays, but a "; "-joined string (as in the CSV) is accepted too. */
const textList = z
  .union([z.array(z.string().nullable()), z.string()])
  .nullish()
  .transform((value) => (typeof value === 'string' ? splitList(value) : (value ?? []).filter((item): item is string => item !== null)));

const cslJsonRecordSchema = z.object({
  _id: optionalText,
  id: optionalText,
  entity_number: optionalText,
  source: optionalText,
  type: optionalText,
  name: optionalText,
  alt_names: textList,
  programs: textList,
  addresses: z
    .array(z.object({ country: z.string().nullish() }).passthrough())
    .nullish()
    .transform((addresses) => (addresses ?? []).map((address) => address.country ?? '')),
  nationalities: textList,
  citizenships: textList,
  remarks: optionalText,
  license_requirement: optionalText,
  start_date: optionalText,
});

/** Reads the CSL JSON: the download or an API response (`{ results: [...] }`), or a bare array. */
export function readCslJson(text: string, collector: EntryCollector): void {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return collector.fail(`not readable as JSON: ${(error as Error).message}`);
  }
  const records = Array.isArray(document) ? document : resultsOf(document);
  if (!records) return collector.fail('expected an array of records or an object with a "results" array');
  records.forEach((raw, index) => {
    const parsed = cslJsonRecordSchema.safeParse(raw);
    if (!parsed.success) {
      return collector.fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; '), { index });
    }
    const record = parsed.data;
    collector.add(
      {
        id: record._id ?? record.id,
        entityNumber: record.entity_number,
        source: record.source,
        type: record.type,
        name: record.name,
        altNames: record.alt_names,
        programs: record.programs,
        addressCountries: record.addresses,
        nationalities: [...record.nationalities, ...record.citizenships],
        remarks: record.remarks,
        licenseRequirement: record.license_requirement,
        startDate: record.start_date,
      },
      { index },
    );
  });
}

function resultsOf(document: unknown): unknown[] | undefined {
  if (typeof document !== 'object' || document === null || !('results' in document)) return undefined;
  return Array.isArray(document.results) ? document.results : undefined;
}
