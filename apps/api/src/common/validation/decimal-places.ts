import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals. class-validator's own `maxDecimalPlaces` splits
 * the number's text at the '.', so a number it prints in exponent form (`7e-323`) has no decimals
 * part and crashes the validator (500); this compares the number with itself rounded instead.
 */
export function hasAtMostDecimalPlaces(value: unknown, places: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

export const IsDecimal = (places: number, options?: ValidationOptions) =>
  ValidateBy({ name: 'isDecimal', constraints: [places], validator: { validate: (value) => hasAtMostDecimalPlaces(value, places) } }, options);
