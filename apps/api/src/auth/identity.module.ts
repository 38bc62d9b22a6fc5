import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { UsersModule } from '../users/users.module';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginThrottle } from './login-throttle';
import { RefreshTokenStore } from './refresh-token.store';
import { RefreshTokensService } from './refresh-tokens.service';
import { SessionReader } from './session.reader';

/**
 * Login and tokens: who the caller is, from a session token or an API key. User accounts and API
 * keys are their own modules; what the caller may do is the AuthorizationGuard's.
 */
@Module({
  imports: [
    PassportModule,
    UsersModule,
    ApiKeysModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, RefreshTokensService, RefreshTokenStore, LoginThrottle, LocalStrategy, SessionReader, JwtStrategy, AuthenticationGuard, AdminBootstrap],
  exports: [AuthenticationGuard],
})
export class IdentityModule {}
