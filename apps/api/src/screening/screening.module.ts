import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { ScreeningController } from './screening.controller';
import { ScreeningService } from './screening.service';

@Module({
  imports: [PolicyModule],
  controllers: [ScreeningController],
  providers: [ScreeningService],
})
export class ScreeningModule {}
