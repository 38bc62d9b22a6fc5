import { Module } from '@nestjs/common';
import { DatacentersModule } from '../datacenters/datacenters.module';
import { PolicyModule } from '../policy/policy.module';
import { SigningKeysModule } from '../signing-keys/signing-keys.module';
import { AttestationStatementService } from './attestation-statement.service';
import { AttestationSubmissionService } from './attestation-submission.service';
import { AttestationsController } from './attestations.controller';
import { AttestationsService } from './attestations.service';

@Module({
  imports: [DatacentersModule, PolicyModule, SigningKeysModule],
  controllers: [AttestationsController],
  providers: [AttestationsService, AttestationSubmissionService, AttestationStatementService],
  exports: [AttestationsService],
})
export class AttestationsModule {}
