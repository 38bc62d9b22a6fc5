import { UnauthorizedException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { UnauthenticatedError } from '@tiergate/domain';
import { toErrorBody } from '../common/errors/error-body';
import { AuthenticationUnavailableError, authenticationFailure } from './authentication-unavailable';

describe('authenticationFailure', () => {
  it('keeps a verdict on the credential as it is', () => {
    const refused = new UnauthenticatedError('Token is no longer valid');
    expect(authenticationFailure(refused)).toBe(refused);
    // Passport's own refusal when a strategy finds no user.
    const passport = new UnauthorizedException();
    expect(authenticationFailure(passport)).toBe(passport);
  });

  it('turns a failed check (a dropped connection, any unexpected error) into 503 with Retry-After', () => {
    const dropped = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    for (const error of [dropped, new Error('Connection terminated unexpectedly'), 'not even an Error']) {
      const failure = authenticationFailure(error);
      expect(failure).toBeInstanceOf(AuthenticationUnavailableError);
      expect(toErrorBody(failure).statusCode).toBe(503);
      expect((failure as AuthenticationUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
    }
  });
});
