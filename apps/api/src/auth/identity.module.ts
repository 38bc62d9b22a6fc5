import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { ApiKeysController } from '../api-keys/api-keys.controller';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';
import { SessionReader } from './session-reader';

/** Users, login and tokens: who the caller is. What the caller may do is the AuthorizationGuard's. */
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [PasswordHasher, UsersService, AuthService, RefreshTokensService, ApiKeysService, LoginThrottle, LocalStrategy, SessionReader, JwtStrategy, AuthenticationGuard, AdminBootstrap],
  exports: [UsersService, AuthenticationGuard, PasswordHasher],
})
export class IdentityModule {}
