import { InvalidInputError } from '@tiergate/domain';
import { parseReportAsOf } from './report-as-of';

describe('parseReportAsOf', () => {
  const now = new Date('2026-06-01T12:00:00.000Z');
  const problem = (value: string) => {
    try {
      parseReportAsOf(value, now);
    } catch (error) {
      return (error as InvalidInputError).details[0].problems[0];
    }
    return 'accepted';
  };

  it('is now when absent', () => {
    expect(parseReportAsOf(undefined, now)).toBe(now);
    expect(parseReportAsOf('', now)).toBe(now);
  });

  it('takes a date, or a date and time with a zone', () => {
    expect(parseReportAsOf('2026-01-31', now).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(parseReportAsOf('2026-01-31T23:59:59Z', now).toISOString()).toBe('2026-01-31T23:59:59.000Z');
    expect(parseReportAsOf('2026-01-31T23:59:59.123+02:00', now).toISOString()).toBe('2026-01-31T21:59:59.123Z');
  });

  it('refuses local times, impossible dates, the future and anything else', () => {
    expect(problem('2026-01-31T23:59:59')).toMatch(/ISO 8601/);
    expect(problem('yesterday')).toMatch(/ISO 8601/);
    expect(problem('2026-02-30')).toBe('is not a real date');
    expect(problem('2026-13-01T00:00:00Z')).toBe('is not a real date');
    expect(problem('2026-06-01T12:00:01Z')).toMatch(/future/);
  });
});
