/**
 * A `datetime-local` field's value (the reader's local time, no zone) as the ISO 8601 instant the
 * API expects; empty stays absent, and anything unparseable goes as typed so the API names the problem.
 */
export function instantOfLocalTime(local: string): string | undefined {
  if (local === '') return undefined;
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? local : moment.toISOString();
}
