import { hasAtMostDecimalPlaces } from './decimal-places';

describe('hasAtMostDecimalPlaces', () => {
  it.each([0, 51, 33.33, 100, 0.01, 12.5])('accepts %p with two places', (value) => {
    expect(hasAtMostDecimalPlaces(value, 2)).toBe(true);
  });

  it.each([7e-323, 1e-7, 33.333, Number.NaN, Number.POSITIVE_INFINITY, '51', null, undefined])('refuses %p with two places', (value) => {
    expect(hasAtMostDecimalPlaces(value, 2)).toBe(false);
  });
});
