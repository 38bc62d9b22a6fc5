import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { ReportSigningModule } from '../report-signing/report-signing.module';
import { AttentionFacilitiesReader } from './attention-facilities.reader';
import { DatacenterExportReader } from './datacenter-export.reader';
import { DatacenterExportService } from './datacenter-export.service';
import { FacilityStatusListReader } from './facility-status-list.reader';
import { ReportSnapshotReader } from './report-snapshot.reader';
import { ReportsController } from './reports.controller';
import { StatusReportReader } from './status-report.reader';
import { StatusReportService } from './status-report.service';
import { TierReadinessReader } from './tier-readiness.reader';
import { TierReadinessService } from './tier-readiness.service';

/** GET /reports/status, /reports/tier-readiness and /reports/datacenters, every body signed with the platform key. */
@Module({
  imports: [PolicyModule, ReportSigningModule],
  controllers: [ReportsController],
  providers: [
    ReportSnapshotReader,
    StatusReportReader,
    AttentionFacilitiesReader,
    FacilityStatusListReader,
    StatusReportService,
    TierReadinessReader,
    TierReadinessService,
    DatacenterExportReader,
    DatacenterExportService,
  ],
})
export class ReportsModule {}
