import { Global, Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { EVIDENCE_STORE, type EvidenceStore } from './evidence-store';
import { LocalDiskEvidenceStore } from './local-disk-evidence-store';
import { S3EvidenceStore } from './s3-evidence-store';

/** The evidence store chosen by configuration (EVIDENCE_STORE=local|s3), shared by the api and the worker. */
@Global()
@Module({
  providers: [
    {
      provide: EVIDENCE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): EvidenceStore =>
        config.EVIDENCE_STORE === 's3'
          ? new S3EvidenceStore({ bucket: config.S3_BUCKET as string, region: config.S3_REGION, endpoint: config.S3_ENDPOINT, forcePathStyle: config.S3_FORCE_PATH_STYLE })
          : new LocalDiskEvidenceStore(resolve(config.STORAGE_DIR)),
    },
  ],
  exports: [EVIDENCE_STORE],
})
export class EvidenceStoreModule {}
