import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { FindingQuery, NewFindingDto, UpdateFindingDto } from './finding.dto';
import type { FindingView } from './finding.view';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@ApiBearerAuth()
@Controller()
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Get('findings')
  @RequirePermission(Permission.FindingsRead)
  list(@Query() query: FindingQuery, @CurrentPrincipal() principal: Principal): Promise<Page<FindingView>> {
    return this.findings.list(query, principal);
  }

  /** An auditor's finding on an attestation in review; a major or blocker one makes approval need two auditors. */
  @Post('attestations/:id/findings')
  @RequirePermission(Permission.Review)
  raise(@Param('id', ParseUUIDPipe) attestationId: string, @Body() body: NewFindingDto, @CurrentPrincipal() principal: Principal): Promise<FindingView> {
    return this.findings.raise(attestationId, body, principal);
  }

  /** Operator: `{response, status: "remediated"}`. Auditor: `{status: "closed" | "open", note?}`. */
  @Patch('findings/:id')
  @RequirePermission(Permission.FindingsRead)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateFindingDto, @CurrentPrincipal() principal: Principal): Promise<FindingView> {
    return this.findings.update(id, body, principal);
  }
}
