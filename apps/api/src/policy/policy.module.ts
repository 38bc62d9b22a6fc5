import { Module } from '@nestjs/common';
import { ActivePolicyService } from './active-policy.service';
import { PolicyController } from './policy.controller';

@Module({
  controllers: [PolicyController],
  providers: [ActivePolicyService],
  exports: [ActivePolicyService],
})
export class PolicyModule {}
