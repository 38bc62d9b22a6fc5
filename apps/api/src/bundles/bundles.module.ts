import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@tiergate/storage';
import { AttestationsModule } from '../attestations/attestations.module';
import { ReportSigningModule } from '../report-signing/report-signing.module';
import { AttestationBundleService } from './attestation-bundle.service';
import { BundleEvidenceReader } from './bundle-evidence.reader';
import { BundlesController } from './bundles.controller';

@Module({
  imports: [AttestationsModule, EvidenceStoreModule, ReportSigningModule],
  controllers: [BundlesController],
  providers: [AttestationBundleService, BundleEvidenceReader],
})
export class BundlesModule {}
