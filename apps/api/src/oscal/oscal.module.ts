import { Module } from '@nestjs/common';
import { AttestationsModule } from '../attestations/attestations.module';
import { ReportSigningModule } from '../report-signing/report-signing.module';
import { AttestationAssessmentLoader } from './attestation-assessment.loader';
import { AttestationOscalController } from './attestation-oscal.controller';
import { AttestationOscalService } from './attestation-oscal.service';

/**
 * GET /attestations/:id/oscal. Imports the (global) report-signing module itself so it works
 * whether or not the root module registers it; Nest keeps one instance either way.
 */
@Module({
  imports: [AttestationsModule, ReportSigningModule],
  controllers: [AttestationOscalController],
  providers: [AttestationOscalService, AttestationAssessmentLoader],
})
export class OscalModule {}
