import { InvalidInputError } from '@tiergate/domain';

// A date alone, or a date and time with seconds optional, fractions optional, and a zone when a time is given:
// "2026-03-01" or "2026-03-01T12:00:00Z", never a local time that means different moments on different servers.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * The moment a report describes: now when absent. A future moment would present a guess as a
 * record, so it is refused.
 */
export function parseReportAsOf(value: string | undefined, now: Date): Date {
  if (value === undefined || value === '') return now;
  const problem = (message: string) => new InvalidInputError([{ field: 'asOf', problems: [message] }]);
  if (!ISO_INSTANT.test(value)) throw problem('must be an ISO 8601 date, or date and time with a zone (e.g. 2026-01-31T23:59:59Z)');
  const asOf = new Date(value);
  // Date rolls 2026-02-30 over into March rather than refusing it; a record's date must exist as written.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(asOf.getTime()) || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) throw problem('is not a real date');
  if (asOf.getTime() > now.getTime()) throw problem(`must not be in the future (now is ${now.toISOString()})`);
  return asOf;
}
