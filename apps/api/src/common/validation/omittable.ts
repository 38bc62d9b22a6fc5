import { ValidateIf } from 'class-validator';

/**
 * For optional fields whose column is not nullable. IsOptional skips validation for `null` as well
 * as for an absent field, so `{"role": null}` passed validation and failed in PostgreSQL with a 500;
 * with this, only an absent field is skipped and `null` meets the field's validators.
 */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
