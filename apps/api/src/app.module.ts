import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthorizationGuard } from '@tiergate/auth';
import { AppConfigModule, type AppConfig } from '@tiergate/config';
import { JobsModule } from '@tiergate/jobs';
import { createLoggerModule } from '@tiergate/logging';
import { PersistenceModule } from '@tiergate/persistence';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

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
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
      ],
    };
  }
}
