import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { NewCommentDto } from './comment.dto';
import type { CommentView } from './comment.view';
import { CommentsService } from './comments.service';

@ApiTags('comments')
@ApiBearerAuth()
@Controller('attestations/:id/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** The operator of the attestation's organisation, or an auditor. */
  @Post()
  @RequirePermission(Permission.Comments)
  add(@Param('id', ParseUUIDPipe) attestationId: string, @Body() body: NewCommentDto, @CurrentPrincipal() principal: Principal): Promise<CommentView> {
    return this.comments.add(attestationId, body.body, principal);
  }

  /** Everyone who may read the attestation (regulators and admins read, without writing). */
  @Get()
  @RequirePermission(Permission.AttestationsRead)
  list(@Param('id', ParseUUIDPipe) attestationId: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CommentView>> {
    return this.comments.list(attestationId, query, principal);
  }
}
