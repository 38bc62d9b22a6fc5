import { HttpStatus } from '@nestjs/common';
import type { RequestHandler, Response } from 'express';
import { Role } from '@tiergate/auth';
import type { UserEntity } from '@tiergate/persistence';
import type { AuthService } from '../auth/auth.service';
import { TooManyLoginAttemptsError, type LoginThrottle } from '../auth/login-throttle';
import { errorBody, toErrorBody } from '../common/errors/error-body';
import type { UsersService } from '../users/users.service';
import { parseBasicAuthorization, type BasicCredentials } from './basic-credentials';
import type { VerifiedCredentialsCache } from './verified-credentials-cache';

export const ADMIN_REALM = 'Tiergate admin';

/** Where the middleware leaves the signed-in admin's id for the middleware after it. */
export const ADMIN_USER_ID_LOCAL = 'adminUserId';

export interface AdminBasicAuthDependencies {
  auth: AuthService;
  throttle: LoginThrottle;
  users: UsersService;
  verified: VerifiedCredentialsCache;
}

/** 401 with a challenge, so a browser shows its login dialog (again). */
function challenge(response: Response, message: string): void {
  response.setHeader('WWW-Authenticate', `Basic realm="${ADMIN_REALM}"`);
  response.status(HttpStatus.UNAUTHORIZED).json(errorBody(HttpStatus.UNAUTHORIZED, message));
}

/**
 * The user behind the credentials, or null when they are wrong. The same checks as the login form
 * (AuthService.checkCredentials, with its audit entry, under the same LoginThrottle), except for
 * credentials verified in the last few minutes, whose user is only re-read.
 */
async function verifiedUser(dependencies: AdminBasicAuthDependencies, credentials: BasicCredentials, address: string | null): Promise<UserEntity | null> {
  const { auth, throttle, users, verified } = dependencies;
  const remembered = verified.recall(credentials);
  if (remembered) {
    const user = await users.findById(remembered.userId);
    if (user && !user.disabled && user.passwordHash === remembered.passwordHash) return user;
    verified.forget(credentials);
  }

  await throttle.assertAllowed(credentials.email, address);
  const user = await auth.checkCredentials(credentials.email, credentials.password, address);
  if (!user) {
    await throttle.recordFailure(credentials.email, address);
    return null;
  }
  await throttle.recordSuccess(credentials.email, address);
  verified.remember(credentials, { userId: user.id, passwordHash: user.passwordHash });
  return user;
}

/**
 * HTTP Basic sign-in for browser pages that cannot send a bearer token (the Bull Board dashboard):
 * an admin's email and password, on every request.
 */
export function adminBasicAuth(dependencies: AdminBasicAuthDependencies): RequestHandler {
  return async (request, response, next) => {
    const credentials = parseBasicAuthorization(request.headers.authorization);
    if (!credentials) {
      challenge(response, 'Sign in with an admin email and password');
      return;
    }
    let user: UserEntity | null;
    try {
      user = await verifiedUser(dependencies, credentials, request.ip ?? null);
    } catch (error) {
      if (!(error instanceof TooManyLoginAttemptsError)) throw error;
      const body = toErrorBody(error);
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
      response.status(body.statusCode).json(body);
      return;
    }
    if (!user) {
      // One message for unknown email, wrong password and disabled account, as at /auth/login.
      challenge(response, 'Invalid email or password');
      return;
    }
    if (user.role !== Role.Admin) {
      challenge(response, 'Only admins may open the job dashboard');
      return;
    }
    response.locals[ADMIN_USER_ID_LOCAL] = user.id;
    next();
  };
}
