import { Module } from '@nestjs/common';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { OwnershipService } from './ownership.service';

@Module({
  controllers: [OrganizationsController],
  providers: [OrganizationsService, OwnershipService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
