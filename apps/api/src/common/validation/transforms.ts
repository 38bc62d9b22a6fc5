import { Transform } from 'class-transformer';

/** Trims a string field before validation; leaves other types for the validators to reject. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims and upper-cases a string field, for codes like ISO countries and LEIs. */
export const UpperCase = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
