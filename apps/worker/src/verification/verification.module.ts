import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@tiergate/storage';
import { AttestationVerificationService } from './attestation-verification.service';
import { VerificationFactsLoader } from './verification-facts.loader';
import { VerificationProcessor } from './verification.processor';

@Module({
  imports: [EvidenceStoreModule],
  providers: [VerificationFactsLoader, AttestationVerificationService, VerificationProcessor],
  exports: [VerificationFactsLoader],
})
export class VerificationModule {}
