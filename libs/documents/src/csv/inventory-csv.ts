import type { Readable } from 'node:stream';
import { readCsvTable, type CsvCells, type CsvRowCheck, type CsvTableError } from './read-csv-table';
import { DEFAULT_MAX_INVENTORY_ERRORS, INVENTORY_FIELDS, type InventoryField, type InventoryItem, REQUIRED_INVENTORY_FIELDS, validateInventoryItem } from '@tiergate/policy';

/** A CSV mistake located as a spreadsheet user finds it: physical line (header = 1) and column name. */
export type InventoryCsvError = CsvTableError;

export interface InventoryCsvOptions {
  /** Data lines allowed (the header does not count). */
  maxLines: number;
  /** Errors collected before reading stops; default 100. */
  maxErrors?: number;
  /** Largest single record, in characters; bounds what an unclosed quote can make the parser hold. */
  maxRecordChars?: number;
}

export type InventoryCsvResult = { items: InventoryItem[] } | { errors: InventoryCsvError[] };

const SERIAL_SEPARATOR = ';';

/**
 * Reads an inventory CSV as a stream: header row naming the columns (any case), then one line per
 * item, each checked by `validateInventoryItem`, the rule book JSON inventories share.
 */
export async function readInventoryCsv(input: Readable, options: InventoryCsvOptions): Promise<InventoryCsvResult> {
  const result = await readCsvTable(input, {
    columns: INVENTORY_FIELDS,
    required: REQUIRED_INVENTORY_FIELDS,
    // Spreadsheets capitalise headers.
    caseInsensitiveHeader: true,
    maxRows: options.maxLines,
    maxErrors: options.maxErrors ?? DEFAULT_MAX_INVENTORY_ERRORS,
    maxRecordChars: options.maxRecordChars,
    tooManyRowsMessage: (max) => `the inventory has more than ${max.toLocaleString('en-US')} lines, the most one upload may hold`,
    unknownColumnMessage: (name) => `${name} is not an inventory column (expected ${INVENTORY_FIELDS.join(', ')})`,
    row: (cells): CsvRowCheck<InventoryItem> => {
      const checked = validateInventoryItem(rawItem(cells));
      return 'errors' in checked ? { errors: checked.errors.map((error) => ({ column: error.field, message: error.message })) } : { value: checked.item };
    },
  });
  return 'errors' in result ? result : { items: result.rows.map((row) => row.value) };
}

/** A CSV row as the validator expects it: empty optional cells mean "not given", serials split on ";". */
function rawItem(cells: CsvCells<InventoryField>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  // A blank required cell stays in, so it is reported as empty rather than as a missing field.
  for (const field of REQUIRED_INVENTORY_FIELDS) raw[field] = '';
  Object.assign(raw, cells);
  if (cells.serials !== undefined) raw['serials'] = cells.serials.split(SERIAL_SEPARATOR);
  return raw;
}
