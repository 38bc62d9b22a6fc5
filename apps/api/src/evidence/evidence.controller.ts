import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import type { EvidenceView } from '../attestations/attestation.view';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('attestations/:id/evidence')
  @RequirePermission(Permission.EvidenceWrite)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'type', 'controlIds'],
      properties: {
        file: { type: 'string', format: 'binary' },
        type: { type: 'string', example: 'pentest_report' },
        controlIds: { type: 'string', example: 'C3-CYBER-PENTEST' },
        validUntil: { type: 'string', format: 'date-time' },
        observedFrom: { type: 'string', format: 'date-time' },
        observedTo: { type: 'string', format: 'date-time' },
      },
    },
  })
  upload(@Param('id', ParseUUIDPipe) id: string, @Req() request: Request, @CurrentPrincipal() principal: Principal): Promise<EvidenceView> {
    return this.evidence.upload(id, request, principal);
  }

  /** The bytes as uploaded, with their media type, to whoever may see the attestation. */
  @Get('evidence/:id/content')
  @RequirePermission(Permission.AttestationsRead)
  async content(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const { evidence, stream } = await this.evidence.content(id, principal);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('ETag', `"${evidence.sha256}"`);
    return new StreamableFile(stream, { type: evidence.mediaType, length: evidence.size, disposition: `attachment; filename="evidence-${evidence.id}"` });
  }

  @Delete('evidence/:id')
  @HttpCode(204)
  @RequirePermission(Permission.EvidenceWrite)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.evidence.remove(id, principal);
  }
}
