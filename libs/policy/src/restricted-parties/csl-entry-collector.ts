import type { RestrictedParty } from '../policy-pack.schema';
import type { CslImportError, CslImportResult } from './csl-import-result';
import { type CslRecord, toRestrictedParty } from './csl-record';

/**
 * Vessels and aircraft are on the list for shipping sanctions; a datacenter's operator, owner or
 * supplier is never one, and their names ("ANDROMEDA") would only make false matches.
 */
const NOT_A_PARTY = new Set(['vessel', 'aircraft']);

export type RecordPosition = Pick<CslImportError, 'line' | 'index'>;

/** Gathers mapped entries, per-record errors and skips, whichever format the records came from. */
export class EntryCollector {
  private readonly entries: RestrictedParty[] = [];
  private readonly errors: CslImportError[] = [];
  private readonly ids = new Set<string>();
  private skipped = 0;

  add(record: CslRecord, position: RecordPosition): void {
    if (NOT_A_PARTY.has(record.type?.trim().toLowerCase() ?? '')) {
      this.skipped += 1;
      return;
    }
    const mapped = toRestrictedParty(record);
    if (!mapped.ok) return this.fail(mapped.problem, position);
    if (this.ids.has(mapped.party.id)) {
      this.skipped += 1;
      return;
    }
    this.ids.add(mapped.party.id);
    this.entries.push(mapped.party);
  }

  fail(problem: string, position: RecordPosition = {}): void {
    const where = position.line !== undefined ? `line ${position.line}: ` : position.index !== undefined ? `index ${position.index}: ` : '';
    this.errors.push({ ...position, message: `${where}${problem}` });
  }

  result(): CslImportResult {
    return { entries: this.entries, errors: this.errors, skipped: this.skipped };
  }
}
