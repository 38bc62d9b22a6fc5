import { Module } from '@nestjs/common';
import { ReauditModule } from '../reaudit/reaudit.module';
import { SweeperProcessor } from './sweeper.processor';
import { SweeperService } from './sweeper.service';

@Module({
  imports: [ReauditModule],
  providers: [SweeperService, SweeperProcessor],
  exports: [SweeperService],
})
export class MaintenanceModule {}
