import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '@tiergate/storage';
import { AttestationsModule } from '../attestations/attestations.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [AttestationsModule, EvidenceStoreModule],
  controllers: [EvidenceController],
  providers: [EvidenceService],
})
export class EvidenceModule {}
