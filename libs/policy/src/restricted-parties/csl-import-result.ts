import type { RestrictedParty } from '../policy-pack.schema';

export type CslFormat = 'csv' | 'json';

/** A record that could not be imported: by line for CSV (as an editor shows it), by position for JSON. */
export interface CslImportError {
  line?: number;
  index?: number;
  message: string;
}

export interface CslImportResult {
  entries: RestrictedParty[];
  errors: CslImportError[];
  /** Records left out on purpose: vessels and aircraft, and repeats of an id already imported. */
  skipped: number;
}
