import { Global, Module } from '@nestjs/common';
import { QueueRegistry } from './queue-registry';
import { RedisProbe } from './redis-health';

@Global()
@Module({
  providers: [QueueRegistry, RedisProbe],
  exports: [QueueRegistry, RedisProbe],
})
export class JobsModule {}
