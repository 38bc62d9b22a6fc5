import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import { ReportSigner } from '../report-signing/report-signer';
import { AttestationOscalService } from './attestation-oscal.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class AttestationOscalController {
  constructor(
    private readonly oscal: AttestationOscalService,
    private readonly signer: ReportSigner,
  ) {}

  /**
   * NIST OSCAL 1.0.6 assessment results of one attestation: claims and evidence digests as
   * observations, findings and risks, and whether each control of its policy version is satisfied.
   * Signed like every report, so a saved copy can be checked against GET /reports/public-key.
   */
  @Get('attestations/:id/oscal')
  @RequirePermission(Permission.ReportsRead)
  @ApiProduces('application/json')
  async oscalDocument(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const body = await this.oscal.documentFor(id, principal);
    for (const [name, value] of Object.entries(this.signer.headersFor(body))) response.setHeader(name, value);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Length', String(body.length));
    // A signed report is a record of a moment: caches must not hand an old one out as new.
    response.setHeader('Cache-Control', 'no-store');
    response.status(200).end(body);
  }
}
