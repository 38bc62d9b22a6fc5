import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { readInventoryJson } from '@tiergate/policy';
import { readInventoryCsv } from '@tiergate/documents';
import { InvalidInputError, UnsupportedMediaTypeError } from '@tiergate/domain';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { CreateDatacenterDto, DatacenterQuery, ImportDatacentersQuery } from './datacenter.dto';
import type { DatacenterView } from './datacenter.view';
import { DatacenterImportService } from './datacenter-import.service';
import { DatacentersService } from './datacenters.service';
import type { InventoryRevisionView } from './inventory-revision.view';
import { InventoryService } from './inventory.service';

export const MAX_INVENTORY_LINES = 100_000;

@ApiTags('datacenters')
@ApiBearerAuth()
@Controller('datacenters')
export class DatacentersController {
  constructor(
    private readonly datacenters: DatacentersService,
    private readonly inventory: InventoryService,
    private readonly importer: DatacenterImportService,
  ) {}

  @Post()
  @RequirePermission(Permission.DatacentersCreate)
  create(@Body() body: CreateDatacenterDto, @CurrentPrincipal() principal: Principal): Promise<DatacenterView> {
    return this.datacenters.create(body, principal);
  }

  /** Many facilities at once from CSV (name,countryCode,city,latitude,longitude): all registered or none. */
  @Post('import')
  @RequirePermission(Permission.DatacentersCreate)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'name,countryCode,city,latitude,longitude\nFrankfurt-1,DE,Frankfurt,50.11,8.68' } })
  import(@Req() request: Request, @Query() query: ImportDatacentersQuery, @CurrentPrincipal() principal: Principal): Promise<Page<DatacenterView>> {
    if (!request.is('text/csv')) throw new UnsupportedMediaTypeError('Send the facilities as text/csv with the header name,countryCode,city,latitude,longitude');
    return this.importer.import(request, query.organizationId, principal);
  }

  @Get()
  @RequirePermission(Permission.DatacentersRead)
  list(@Query() query: DatacenterQuery, @CurrentPrincipal() principal: Principal): Promise<Page<DatacenterView>> {
    return this.datacenters.list(query, principal);
  }

  @Get(':id')
  @RequirePermission(Permission.DatacentersRead)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<DatacenterView> {
    return this.datacenters.get(id, principal);
  }

  /**
   * Replaces the whole inventory atomically: JSON `{items:[{vendor,model,quantity}]}` or text/csv
   * with the header vendor,model,quantity (streamed, up to 100,000 lines, errors by line and column).
   */
  @Put(':id/inventory')
  @RequirePermission(Permission.InventoryManage)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ schema: { type: 'object', example: { items: [{ vendor: 'NVIDIA', model: 'H100 SXM5 80GB', quantity: 512 }] } } })
  async replaceInventory(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DatacenterView & { revision: InventoryRevisionView }> {
    // Scope first: a stranger learns nothing, not even whether the body was well-formed.
    await this.datacenters.find(id, principal);
    const parsed = await this.readInventory(request, body);
    return this.inventory.replace(id, parsed, principal);
  }

  @Get(':id/inventory/revisions')
  @RequirePermission(Permission.DatacentersRead)
  revisions(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<InventoryRevisionView>> {
    return this.inventory.revisions(id, principal, query);
  }

  private async readInventory(request: Request, body: unknown) {
    if (request.is('text/csv')) {
      const result = await readInventoryCsv(request, { maxLines: MAX_INVENTORY_LINES });
      if ('errors' in result) {
        throw new InvalidInputError(result.errors.map((error) => ({ field: error.column ? `line ${error.line}, column ${error.column}` : `line ${error.line}`, problems: [error.message] })));
      }
      return result.items;
    }
    if (request.is('application/json')) {
      const result = readInventoryJson(body, { maxLines: MAX_INVENTORY_LINES });
      if ('errors' in result) throw new InvalidInputError(result.errors.map((error) => ({ field: error.field, problems: [error.message] })));
      return result.items;
    }
    throw new UnsupportedMediaTypeError('Send the inventory as application/json ({"items":[...]}) or text/csv (header vendor,model,quantity)');
  }
}
