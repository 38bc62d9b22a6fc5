import { inputProblem } from './request-input-guard';

describe('inputProblem', () => {
  it('accepts ordinary bodies, including text with whole surrogate pairs', () => {
    expect(inputProblem({ claims: [{ controlId: 'C1', statement: 'Ω and 💣' }] })).toBeNull();
    expect(inputProblem(undefined)).toBeNull();
  });

  it('refuses a body nested deeper than the limit, however deep, without overflowing', () => {
    expect(inputProblem({ claims: [{ controlId: 'C1' }] }, 2)).toEqual({ field: 'body', problems: ['must not be nested more than 2 levels deep'] });
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(inputProblem(deep)?.problems).toEqual(['must not be nested more than 32 levels deep']);
  });

  it('names the field holding text PostgreSQL cannot store', () => {
    expect(inputProblem({ claims: [{ statement: 'a\u0000b' }] })?.field).toBe('claims[0].statement');
    expect(inputProblem({ name: '\ud800' })?.field).toBe('name');
    expect(inputProblem({ ['\u0000']: 1 })?.problems).toEqual(['field names must not contain NUL characters or unpaired surrogates']);
  });

  it('reads a parsed query string the same way, repeated parameters included', () => {
    expect(inputProblem({ action: 'attestation.submitted', limit: '5' })).toBeNull();
    expect(inputProblem({ action: ['attestation.submitted', 'x\u0000'] })?.field).toBe('action[1]');
  });
});
