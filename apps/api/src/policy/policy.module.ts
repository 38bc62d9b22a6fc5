import { Module } from '@nestjs/common';
import { ActivePolicyService } from './active-policy.service';
import { PolicyController } from './policy.controller';
import { PolicyVersionsController } from './policy-versions.controller';
import { PolicyVersionsService } from './policy-versions.service';

@Module({
  controllers: [PolicyController, PolicyVersionsController],
  providers: [ActivePolicyService, PolicyVersionsService],
  exports: [ActivePolicyService],
})
export class PolicyModule {}
