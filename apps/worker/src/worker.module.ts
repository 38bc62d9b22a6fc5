import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule, type AppConfig } from '@tiergate/config';
import { JobsModule } from '@tiergate/jobs';
import { createLoggerModule } from '@tiergate/logging';
import { PersistenceModule } from '@tiergate/persistence';
import { JobWorkersHost } from './jobs/job-workers.host';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { NotificationDeliveryModule } from './notifications/notification-delivery.module';
import { ReauditModule } from './reaudit/reaudit.module';
import { ReevaluationModule } from './reevaluation/reevaluation.module';
import { VerificationModule } from './verification/verification.module';
import { OutboxRelayLoop } from './outbox/outbox-relay.loop';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { OutboxStore } from './outbox/outbox.store';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        createLoggerModule(config, 'worker'),
        DiscoveryModule,
        PersistenceModule,
        JobsModule,
        VerificationModule,
        ReauditModule,
        MaintenanceModule,
        ReevaluationModule,
        NotificationDeliveryModule,
      ],
      providers: [OutboxStore, OutboxRelay, OutboxRelayLoop, JobWorkersHost],
    };
  }
}
