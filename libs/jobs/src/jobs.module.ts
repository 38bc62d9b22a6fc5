import { Global, Module } from '@nestjs/common';
import { QueueRegistry } from './queue-registry';
import { SharedRedis } from './shared-redis';

@Global()
@Module({
  providers: [QueueRegistry, SharedRedis],
  exports: [QueueRegistry, SharedRedis],
})
export class JobsModule {}
