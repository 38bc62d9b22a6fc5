import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthorizationGuard } from '@tiergate/auth';
import { AppConfigModule, type AppConfig } from '@tiergate/config';
import { JobsModule } from '@tiergate/jobs';
import { createLoggerModule } from '@tiergate/logging';
import { PersistenceModule } from '@tiergate/persistence';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { AuthenticationGuard } from './auth/authentication.guard';
import { IdentityModule } from './auth/identity.module';
import { UsersModule } from './users/users.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { AttestationsModule } from './attestations/attestations.module';
import { DatacentersModule } from './datacenters/datacenters.module';
import { EvidenceModule } from './evidence/evidence.module';
import { SigningKeysModule } from './signing-keys/signing-keys.module';
import { PolicyModule } from './policy/policy.module';
import { ScreeningModule } from './screening/screening.module';
import { NotificationsModule } from './notifications/notifications.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { AdminJobsModule } from './admin-jobs/admin-jobs.module';
import { CommentsModule } from './comments/comments.module';
import { FindingsModule } from './findings/findings.module';
import { ReviewModule } from './review/review.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { BundlesModule } from './bundles/bundles.module';
import { OscalModule } from './oscal/oscal.module';
import { ReportSigningModule } from './report-signing/report-signing.module';
import { ReportsModule } from './reports/reports.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DiscoveryModule,
        createLoggerModule(config, 'api'),
        PersistenceModule,
        JobsModule,
        HealthModule,
        MetricsModule,
        IdentityModule,
        UsersModule,
        ApiKeysModule,
        OrganizationsModule,
        PolicyModule,
        DatacentersModule,
        SigningKeysModule,
        AttestationsModule,
        EvidenceModule,
        ScreeningModule,
        NotificationsModule,
        WebhooksModule,
        ReviewModule,
        FindingsModule,
        CommentsModule,
        AdminJobsModule,
        ReportSigningModule,
        AuditLogModule,
        OscalModule,
        BundlesModule,
        ReportsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Order matters: who the caller is, then what the caller may do.
        { provide: APP_GUARD, useExisting: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
      ],
    };
  }
}
