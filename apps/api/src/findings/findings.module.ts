import { Module } from '@nestjs/common';
import { AttestationsModule } from '../attestations/attestations.module';
import { FindingRecorder } from './finding-recorder';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';

/** Findings: list within scope, auditors raise, operators answer, auditors close or reopen. */
@Module({
  imports: [AttestationsModule],
  controllers: [FindingsController],
  providers: [FindingsService, FindingRecorder],
  exports: [FindingRecorder],
})
export class FindingsModule {}
