import { Module } from '@nestjs/common';
import { AttestationsModule } from '../attestations/attestations.module';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

/** The thread between an attestation's operator and the auditors; regulators read it. */
@Module({
  imports: [AttestationsModule],
  controllers: [CommentsController],
  providers: [CommentsService],
})
export class CommentsModule {}
