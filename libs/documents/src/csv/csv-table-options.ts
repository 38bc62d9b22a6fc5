/** A CSV mistake located as a spreadsheet user finds it: physical line (header = 1) and, when known, the column name. */
export interface CsvTableError {
  line: number;
  column?: string;
  message: string;
}

/** A mistake a row check found; the reader knows the line. */
export type CsvCellError = Omit<CsvTableError, 'line'>;

/** One data row's cells keyed by header name; blank cells are left out, the rest are as written. */
export type CsvCells<C extends string> = Partial<Record<C, string>>;

export type CsvRowCheck<T> = { value: T } | { errors: CsvCellError[] };

export interface CsvTableRow<T> {
  /** The physical line the row starts on, so callers can locate later findings (say, a clash with stored data). */
  line: number;
  value: T;
}

export type CsvTableResult<T> = { rows: CsvTableRow<T>[] } | { errors: CsvTableError[] };

export interface CsvTableOptions<T, C extends string = string> {
  /** The header names allowed, in any order. */
  columns: readonly C[];
  /** The header names that must be present. */
  required: readonly NoInfer<C>[];
  /** Match header names ignoring case; surrounding spaces are always ignored. */
  caseInsensitiveHeader?: boolean;
  /** Data rows allowed (the header does not count). */
  maxRows: number;
  /** Errors collected before reading stops; default 100. */
  maxErrors?: number;
  /** Largest single record, in characters; bounds what an unclosed quote can make the parser hold. Default 4 MiB. */
  maxRecordChars?: number;
  /** The one error reported when the file has more than `maxRows` data rows. */
  tooManyRowsMessage?: (max: number) => string;
  /** The error for a header name that is not one of `columns`. */
  unknownColumnMessage?: (name: string) => string;
  /** Validates one data row; called for every row with the right number of cells, even after another row failed. */
  row: (cells: CsvCells<C>, line: number) => CsvRowCheck<T>;
}
