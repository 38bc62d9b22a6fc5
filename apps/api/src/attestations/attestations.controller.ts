import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { IN_TOTO_PAYLOAD_TYPE, InvalidInputError } from '@tiergate/domain';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { AttestationQuery, CreateAttestationDto, SubmitAttestationDto, UpdateAttestationDto } from './attestation.dto';
import type { AttestationSummaryView, AttestationView } from './attestation.view';
import { AttestationStatementService } from './attestation-statement.service';
import { AttestationSubmissionService, type SubmissionReceipt } from './attestation-submission.service';
import { AttestationsService } from './attestations.service';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('attestations')
@ApiBearerAuth()
@Controller()
export class AttestationsController {
  constructor(
    private readonly attestations: AttestationsService,
    private readonly submissions: AttestationSubmissionService,
    private readonly statements: AttestationStatementService,
  ) {}

  /** A draft against the active policy version: claims per control, and counterparties to screen. */
  @Post('datacenters/:id/attestations')
  @RequirePermission(Permission.AttestationsWrite)
  create(@Param('id', ParseUUIDPipe) datacenterId: string, @Body() body: CreateAttestationDto, @CurrentPrincipal() principal: Principal): Promise<AttestationView> {
    return this.attestations.createDraft(datacenterId, body, principal);
  }

  @Get('attestations')
  @RequirePermission(Permission.AttestationsRead)
  list(@Query() query: AttestationQuery, @CurrentPrincipal() principal: Principal): Promise<Page<AttestationSummaryView>> {
    return this.attestations.list(query, principal);
  }

  @Get('attestations/:id')
  @RequirePermission(Permission.AttestationsRead)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<AttestationView> {
    return this.attestations.get(id, principal);
  }

  @Patch('attestations/:id')
  @RequirePermission(Permission.AttestationsWrite)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateAttestationDto, @CurrentPrincipal() principal: Principal): Promise<AttestationView> {
    return this.attestations.update(id, body, principal);
  }

  /** The exact bytes to sign (RFC 8785 canonical JSON of an in-toto Statement v1). */
  @Get('attestations/:id/statement')
  @RequirePermission(Permission.AttestationsRead)
  async statement(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const statement = await this.statements.statementOf(await this.attestations.find(id, principal));
    response.setHeader('X-Statement-SHA256', statement.sha256);
    return new StreamableFile(statement.bytes, { type: IN_TOTO_PAYLOAD_TYPE, length: statement.bytes.length });
  }

  @Post('attestations/:id/submit')
  @HttpCode(202)
  @RequirePermission(Permission.AttestationsWrite)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeating a submit with the same key repeats its answer' })
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SubmitAttestationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionReceipt> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidInputError([{ field: 'Idempotency-Key', problems: ['must be 1 to 200 visible ASCII characters'] }]);
    }
    return this.submissions.submit(id, body.signature, idempotencyKey, principal);
  }

  /** Before a decision only. */
  @Post('attestations/:id/withdraw')
  @HttpCode(200)
  @RequirePermission(Permission.AttestationsWrite)
  withdraw(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.submissions.withdraw(id, principal);
  }

  /** A new draft version from a decided one; the old one is superseded only when the new one is approved. */
  @Post('attestations/:id/amend')
  @RequirePermission(Permission.AttestationsWrite)
  amend(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<AttestationView> {
    return this.attestations.amend(id, principal);
  }
}
