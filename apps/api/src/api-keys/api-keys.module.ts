import { Module } from '@nestjs/common';
import { ApiKeyStore } from './api-key.store';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';

/** API keys users issue for scripts; the AuthenticationGuard (IdentityModule) accepts them as credentials. */
@Module({
  controllers: [ApiKeysController],
  providers: [ApiKeysService, ApiKeyStore],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}
