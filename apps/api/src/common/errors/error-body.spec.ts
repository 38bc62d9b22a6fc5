import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { toErrorBody } from './error-body';
import { translateDatabaseError } from './database-errors';

describe('toErrorBody', () => {
  it('keeps the message of an HttpException', () => {
    expect(toErrorBody(new NotFoundException('Datacenter not found'))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Datacenter not found',
    });
  });

  it('carries details given with the message', () => {
    const body = toErrorBody(new BadRequestException({ message: 'Invalid input', details: [{ field: 'email' }] }));
    expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid input', details: [{ field: 'email' }] });
  });

  it('maps body-parser errors by type', () => {
    expect(toErrorBody(Object.assign(new Error('raw'), { status: 413, type: 'entity.too.large' }))).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Request body is too large',
    });
    expect(toErrorBody(new PayloadTooLargeException()).statusCode).toBe(413);
  });

  it('hides the internals of unexpected errors', () => {
    expect(toErrorBody(new Error('password=hunter2 in SQL'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
  });

  it('turns a lost database connection into 503', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toErrorBody(translateDatabaseError(refused)).statusCode).toBe(503);
    // A transaction whose connection dropped half-way.
    expect(toErrorBody(translateDatabaseError(new QueryRunnerAlreadyReleasedError())).statusCode).toBe(503);
    expect(toErrorBody(translateDatabaseError(new QueryRunnerProviderAlreadyReleasedError())).statusCode).toBe(503);
    expect(translateDatabaseError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
  });
});
