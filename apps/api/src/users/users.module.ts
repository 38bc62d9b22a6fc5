import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/**
 * User accounts of every organisation. The password hasher is provided here because a user's
 * password is set with the account; login (IdentityModule) checks it with the same hasher.
 */
@Module({
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
