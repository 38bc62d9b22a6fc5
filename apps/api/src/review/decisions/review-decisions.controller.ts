import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../../common/current-principal.decorator';
import { DecisionDto } from './decision.dto';
import { ReviewDecisionsService, type DecisionReceipt } from './review-decisions.service';

@ApiTags('review')
@ApiBearerAuth()
@Controller('attestations/:id/decisions')
export class ReviewDecisionsController {
  constructor(private readonly decisions: ReviewDecisionsService) {}

  /** By the auditor holding the review item's lease: approve, reject or request_changes, with a rationale of 20+ characters. */
  @Post()
  @RequirePermission(Permission.Review)
  decide(@Param('id', ParseUUIDPipe) attestationId: string, @Body() body: DecisionDto, @CurrentPrincipal() principal: Principal): Promise<DecisionReceipt> {
    return this.decisions.decide(attestationId, body, principal);
  }
}
