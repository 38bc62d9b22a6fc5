import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { CreateOrganizationDto } from './organization.dto';
import { toOrganizationView, type OrganizationView } from './organization.view';
import { OrganizationsService } from './organizations.service';
import { ReplaceOwnershipDto } from './ownership.dto';
import type { OwnershipView } from './ownership.view';
import { OwnershipService } from './ownership.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly ownership: OwnershipService,
  ) {}

  @Post()
  @RequirePermission(Permission.OrganizationsCreate)
  async create(@Body() body: CreateOrganizationDto, @CurrentPrincipal() principal: Principal): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.create(body, principal));
  }

  @Get()
  @RequirePermission(Permission.OrganizationsRead)
  async list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<OrganizationView>> {
    const page = await this.organizations.list(principal, query);
    return { items: page.items.map(toOrganizationView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @RequirePermission(Permission.OrganizationsRead)
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<OrganizationView & OwnershipView> {
    const organization = await this.organizations.get(id, principal);
    return { ...toOrganizationView(organization), ...(await this.ownership.view(organization)) };
  }

  /** Replaces all ownership records at once; percentages may add up to at most 100. */
  @Put(':id/ownership')
  @RequirePermission(Permission.OwnershipManage)
  replaceOwnership(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceOwnershipDto, @CurrentPrincipal() principal: Principal): Promise<OwnershipView> {
    return this.ownership.replace(id, body.owners, principal);
  }
}
