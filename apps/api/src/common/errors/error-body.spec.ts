import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import {
  BadRequestError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  StateConflictError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
} from '@tiergate/domain';
import { toErrorBody } from './error-body';
import { translateDatabaseError } from './database-errors';

describe('toErrorBody', () => {
  it.each([
    [new NotFoundError('Datacenter d-1 not found'), 404, 'Not Found'],
    [new StateConflictError('Attestation a-1 is approved'), 409, 'Conflict'],
    [new IllegalTransitionError('approved', 'submit'), 409, 'Conflict'],
    [new ForbiddenError('Reports are for regulators and admins'), 403, 'Forbidden'],
    [new UnauthenticatedError('Authentication required'), 401, 'Unauthorized'],
    [new BadRequestError('Send one file per upload'), 400, 'Bad Request'],
    [new TooManyRequestsError('Too many failed logins; retry in 3 s', 3), 429, 'Too Many Requests'],
    [new PayloadTooLargeError('Evidence files may be at most 10 bytes'), 413, 'Payload Too Large'],
    [new UnsupportedMediaTypeError('Send the facilities as text/csv'), 415, 'Unsupported Media Type'],
    [new ServiceUnavailableError('The database is unavailable; retry shortly'), 503, 'Service Unavailable'],
  ])('maps the domain error %p to its status with the message as it is', (error, statusCode, reason) => {
    expect(toErrorBody(error)).toEqual({ statusCode, error: reason, message: error.message });
  });

  it('answers invalid input with a message naming every field and the fields in details', () => {
    const details = [
      { field: 'email', problems: ['email must be an email'] },
      { field: 'role', problems: ['role must be one of admin, operator', 'role should not be empty'] },
    ];
    expect(toErrorBody(new InvalidInputError(details))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid input — email: email must be an email; role: role must be one of admin, operator, role should not be empty',
      details,
    });
  });

  it('carries the details of an unavailable service', () => {
    const details = { status: 'error', error: { redis: { status: 'down' } } };
    expect(toErrorBody(new ServiceUnavailableError('Not ready: redis unavailable', { details })).details).toEqual(details);
  });

  it("keeps the message of an HttpException (Nest's own refusals)", () => {
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
