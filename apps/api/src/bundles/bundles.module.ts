import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@tiergate/storage';
import { AttestationsModule } from '../attestations/attestations.module';
import { ReportSigningModule } from '../report-signing/report-signing.module';
import { AttestationBundleService } from './attestation-bundle.service';
import { BundlesController } from './bundles.controller';

@Module({
  imports: [AttestationsModule, EvidenceStoreModule, ReportSigningModule],
  controllers: [BundlesController],
  providers: [AttestationBundleService],
})
export class BundlesModule {}
