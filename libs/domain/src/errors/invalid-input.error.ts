import { DomainError } from './domain-error';

/** One wrong field of the input and everything wrong with it. */
export interface FieldError {
  field: string;
  problems: string[];
}

/** Input that is wrong: a message naming every field, and the same list in details. */
export class InvalidInputError extends DomainError {
  readonly code = 'invalid_input';
  declare readonly details: FieldError[];

  constructor(fields: FieldError[]) {
    super(`Invalid input — ${fields.map((field) => `${field.field}: ${field.problems.join(', ')}`).join('; ')}`, fields);
  }
}
