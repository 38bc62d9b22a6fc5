import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG } from './app-config.token';
import { Clock } from './clock';
import type { AppConfig } from './env.schema';

export { APP_CONFIG };

@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
