import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { loadReportSigningKey } from './report-signing-key.loader';
import { ReportSigner } from './report-signer';
import { ReportSigningController } from './report-signing.controller';

/** Global so every module that serves a report can sign it without wiring imports. */
@Global()
@Module({
  controllers: [ReportSigningController],
  providers: [
    {
      provide: ReportSigner,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => new ReportSigner(await loadReportSigningKey(config)),
    },
  ],
  exports: [ReportSigner],
})
export class ReportSigningModule {}
