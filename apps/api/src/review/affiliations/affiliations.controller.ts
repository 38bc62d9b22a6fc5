import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { AffiliationQuery, DeclareAffiliationDto } from './affiliation.dto';
import type { AffiliationView } from './affiliation.view';
import { AffiliationsService } from './affiliations.service';

/**
 * The caller's own declarations; items of these organisations leave the caller's queue and cannot
 * be claimed. Withdrawing one takes two people: the declarer asks, an admin or another auditor confirms.
 */
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

  /** The caller's own declarations, or with `?removal=requested` every auditor's awaiting a second person. */
  @Get()
  @RequirePermission(Permission.Review)
  list(@Query() query: AffiliationQuery, @CurrentPrincipal() principal: Principal): Promise<Page<AffiliationView>> {
    return this.affiliations.list(query, principal);
  }

  /** The declarer: 202, withdrawal requested (the declaration stays in force). An admin or another auditor: 204, removed. */
  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.AffiliationsWithdraw)
  async remove(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<AffiliationView | undefined> {
    const requested = await this.affiliations.withdraw(id, principal);
    if (!requested) return undefined;
    response.status(HttpStatus.ACCEPTED);
    return requested;
  }
}
