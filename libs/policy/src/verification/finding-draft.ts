/**
 * What a single rule knows about a finding: the code, severity and (usually) control are the
 * policy's to assign. `sortKey` orders findings of one code independently of the order the caller
 * happened to load its rows in, so re-verifying the same facts gives the same list.
 */
export interface FindingDraft {
  message: string;
  sortKey: string;
  /** Only rules about one piece of evidence set it: the evidence names the control it supports. */
  controlId?: string;
  details?: Record<string, unknown>;
}
