import { Module } from '@nestjs/common';
import { VerificationModule } from '../verification/verification.module';
import { PolicyReevaluationProcessor } from './policy-reevaluation.processor';
import { PolicyReevaluationService } from './policy-reevaluation.service';

@Module({
  imports: [VerificationModule],
  providers: [PolicyReevaluationService, PolicyReevaluationProcessor],
})
export class ReevaluationModule {}
