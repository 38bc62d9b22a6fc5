import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import type { PolicyVersionView } from './policy-version.view';
import { PolicyVersionsService } from './policy-versions.service';

@ApiTags('policy')
@ApiBearerAuth()
@Controller('policy/versions')
export class PolicyVersionsController {
  constructor(private readonly versions: PolicyVersionsService) {}

  /** A full pack; every structural and semantic problem is reported at once. */
  @Post()
  @RequirePermission(Permission.PolicyPublish)
  @ApiBody({ description: 'A complete policy pack (see GET /policy/versions/:id for the shape)', schema: { type: 'object' } })
  publish(@Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<PolicyVersionView> {
    return this.versions.publish(body, principal);
  }

  @Get()
  @RequirePermission(Permission.PolicyPublish)
  list(@Query() query: PageQuery): Promise<Page<PolicyVersionView>> {
    return this.versions.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.PolicyPublish)
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.versions.get(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission(Permission.PolicyApprove)
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PolicyVersionView> {
    return this.versions.approve(id, principal);
  }

  /** Exactly one version is active; re-evaluating facilities under it is the worker's job (policy.activated). */
  @Post(':id/activate')
  @HttpCode(200)
  @RequirePermission(Permission.PolicyActivate)
  activate(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PolicyVersionView> {
    return this.versions.activate(id, principal);
  }
}
