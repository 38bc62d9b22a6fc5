import { Module } from '@nestjs/common';
import { ReauditProcessor } from './reaudit.processor';
import { ReauditService } from './reaudit.service';

@Module({
  providers: [ReauditService, ReauditProcessor],
  exports: [ReauditService],
})
export class ReauditModule {}
