import { Module } from '@nestjs/common';
import { PolicyController } from './policy.controller';
import { PolicyVersionsController } from './policy-versions.controller';
import { PolicyVersionsService } from './policy-versions.service';
import { ReferencePolicyInstaller } from './reference-policy.installer';

@Module({
  controllers: [PolicyController, PolicyVersionsController],
  providers: [ReferencePolicyInstaller, PolicyVersionsService],
})
export class PolicyModule {}
