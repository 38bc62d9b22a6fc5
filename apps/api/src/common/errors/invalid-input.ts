import { BadRequestException } from '@nestjs/common';

export interface FieldError {
  field: string;
  problems: string[];
}

/** The one 400 for input that is wrong: a message naming every field, and the same list in details. */
export function invalidInput(details: FieldError[]): BadRequestException {
  const summary = details.map((detail) => `${detail.field}: ${detail.problems.join(', ')}`).join('; ');
  return new BadRequestException({ message: `Invalid input — ${summary}`, details });
}
