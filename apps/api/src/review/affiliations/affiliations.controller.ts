import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../../common/current-principal.decorator';
import { PageQuery, type Page } from '../../common/pagination/page';
import { DeclareAffiliationDto } from './affiliation.dto';
import type { AffiliationView } from './affiliation.view';
import { AffiliationsService } from './affiliations.service';

/** The caller's own declarations; items of these organisations leave the caller's queue and cannot be claimed. */
@ApiTags('review')
@ApiBearerAuth()
@Controller('review/affiliations')
export class AffiliationsController {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Post()
  @RequirePermission(Permission.Review)
  declare(@Body() body: DeclareAffiliationDto, @CurrentPrincipal() principal: Principal): Promise<AffiliationView> {
    return this.affiliations.declare(body, principal);
  }

  @Get()
  @RequirePermission(Permission.Review)
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<AffiliationView>> {
    return this.affiliations.list(query, principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.Review)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.affiliations.remove(id, principal);
  }
}
