import type { RequestHandler } from 'express';
import { InvalidInputError, type FieldError } from '@tiergate/domain';

/** Deeper than any body the API takes (a policy pack nests about five levels); far below what overflows the stack. */
export const MAX_BODY_DEPTH = 32;

/** A NUL character or half a surrogate pair: PostgreSQL refuses both, in text and in jsonb. */
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const childField = (parent: string, key: string, isIndex: boolean) => (isIndex ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key);

/**
 * The first reason a parsed query or JSON body cannot be worked with, found without recursion (the
 * point is not to overflow the stack); null when there is none.
 */
export function inputProblem(input: unknown, maxDepth = MAX_BODY_DEPTH): FieldError | null {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value: input, field: '', depth: 1 }];
  while (pending.length > 0) {
    const { value, field, depth } = pending.pop() as (typeof pending)[number];
    if (typeof value === 'string' && UNSTORABLE_TEXT.test(value)) return { field: field || 'body', problems: ['must not contain NUL characters or unpaired surrogates'] };
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return { field: 'body', problems: [`must not be nested more than ${maxDepth} levels deep`] };
    for (const [key, child] of Object.entries(value)) {
      if (UNSTORABLE_TEXT.test(key)) return { field: field || 'body', problems: ['field names must not contain NUL characters or unpaired surrogates'] };
      pending.push({ value: child, field: childField(field, key, Array.isArray(value)), depth: depth + 1 });
    }
  }
  return null;
}

/**
 * JSON.parse and the query parser accept what the rest of the API does not: thousands of nested
 * arrays overflowed the validation pipe's stack, and a "\u0000" or a lone "\ud800" in a field or a
 * query parameter reached PostgreSQL, which refused it; all answered 500. Refuse them here as a 400,
 * before any of it runs.
 */
export function guardRequestInput(): RequestHandler {
  return (request, _response, next) => {
    const problem = inputProblem(request.query) ?? inputProblem(request.body);
    next(problem ? new InvalidInputError([problem]) : undefined);
  };
}
