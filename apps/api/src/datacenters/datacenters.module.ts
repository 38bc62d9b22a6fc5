import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { DatacenterImportService } from './datacenter-import.service';
import { DatacentersController } from './datacenters.controller';
import { DatacentersService } from './datacenters.service';
import { InventoryService } from './inventory.service';

@Module({
  imports: [PolicyModule],
  controllers: [DatacentersController],
  providers: [DatacentersService, InventoryService, DatacenterImportService],
  exports: [DatacentersService],
})
export class DatacentersModule {}
