import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@tiergate/storage';
import { AttestationVerificationService } from './attestation-verification.service';
import { PolicyPackCache } from './policy-pack.cache';
import { VerificationFactsLoader } from './verification-facts.loader';
import { VerificationProcessor } from './verification.processor';

@Module({
  imports: [EvidenceStoreModule],
  providers: [PolicyPackCache, VerificationFactsLoader, AttestationVerificationService, VerificationProcessor],
  exports: [PolicyPackCache, VerificationFactsLoader],
})
export class VerificationModule {}
