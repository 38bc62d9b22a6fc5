import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

/** A full time with its zone, or a bare date; a time without a zone would depend on the server's. */
const TIME_WITH_ZONE_OR_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_WITH_ZONE_OR_DATE.test(value) && isISO8601(value, { strict: true }) && !Number.isNaN(Date.parse(value));
}

/** An ISO 8601 time with a zone (2026-01-31T12:00:00Z), or a date, read as midnight UTC. */
export function IsIsoTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoTime',
      validator: {
        validate: isIsoTime,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an ISO 8601 time with a zone, like 2026-01-31T12:00:00Z, or a date like 2026-01-31 (midnight UTC)`,
      },
    },
    options,
  );
}
