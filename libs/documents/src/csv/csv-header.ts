import type { CsvTableError } from './csv-table-options';

export interface CsvHeaderRules<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  caseInsensitive: boolean;
  unknownColumnMessage: (name: string) => string;
}

export type CsvHeaderResult<C extends string> = { columns: C[] } | { errors: CsvTableError[] };

/**
 * Maps the header row onto the allowed column names, reporting every wrong, repeated and missing
 * name at once. Surrounding spaces never count: spreadsheets and hand edits add them invisibly.
 */
export function readCsvHeader<C extends string>(record: readonly string[], line: number, rules: CsvHeaderRules<C>): CsvHeaderResult<C> {
  const key = (name: string): string => (rules.caseInsensitive ? name.toLowerCase() : name);
  const byKey = new Map<string, C>(rules.columns.map((column) => [key(column), column]));
  const errors: CsvTableError[] = [];
  const columns: C[] = [];
  const seen = new Set<C>();
  record.forEach((cell, index) => {
    const name = cell.trim();
    const column = byKey.get(key(name));
    if (name === '') errors.push({ line, message: `column ${index + 1} of the header has no name` });
    else if (column === undefined) errors.push({ line, column: name, message: rules.unknownColumnMessage(name) });
    else if (seen.has(column)) errors.push({ line, column: name, message: `${name} appears more than once in the header` });
    else {
      seen.add(column);
      columns.push(column);
    }
  });
  for (const required of rules.required) {
    if (!seen.has(required)) errors.push({ line, column: required, message: `the header has no ${required} column` });
  }
  return errors.length > 0 ? { errors } : { columns };
}
