import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock } from '@tiergate/config';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import { ReportSigner } from '../report-signing/report-signer';
import { DatacenterExportService } from './datacenter-export.service';
import { parseReportAsOf } from './report-as-of';
import { DatacenterExportQuery, StatusReportQuery } from './report-query.dto';
import { sendSignedReport, sendSignedReportFile } from './signed-report-response';
import { StatusReportService } from './status-report.service';
import { TierReadinessService } from './tier-readiness.service';

/**
 * The regulators' reports. Every body is signed (SHA-256 and Ed25519 in X-Report-* headers,
 * checked with GET /reports/public-key), so each is rendered in full, or written to a file, before
 * the first byte goes out.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly statusReports: StatusReportService,
    private readonly tierReadiness: TierReadinessService,
    private readonly exports: DatacenterExportService,
    private readonly signer: ReportSigner,
    private readonly clock: Clock,
  ) {}

  @Get('status')
  @RequirePermission(Permission.ReportsRead)
  @ApiOperation({ summary: 'Facilities by compliance status per country, tier or organisation, now or at a past moment' })
  @ApiProduces('application/json', 'text/csv', 'application/pdf')
  async status(@Query() query: StatusReportQuery, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const asOf = parseReportAsOf(query.asOf, this.clock.now());
    const report = await this.statusReports.render(principal, { groupBy: query.groupBy ?? 'country', asOf, format: query.format ?? 'json' });
    sendSignedReport(response, this.signer, report);
  }

  @Get('tier-readiness')
  @RequirePermission(Permission.ReportsRead)
  @ApiOperation({ summary: 'Readiness of each Tier 2 country in scope for Tier 1, against the criteria of the active policy' })
  async readiness(@CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const report = await this.tierReadiness.report(principal);
    sendSignedReport(response, this.signer, { body: Buffer.from(JSON.stringify(report), 'utf8'), contentType: 'application/json; charset=utf-8' });
  }

  @Get('datacenters')
  @RequirePermission(Permission.ReportsRead)
  @ApiOperation({ summary: 'Every facility in scope with organisation, tier, status, H100-equivalents, attestation and open findings, streamed' })
  @ApiProduces('text/csv', 'application/json')
  async datacenters(@Query() query: DatacenterExportQuery, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const file = await this.exports.write(principal, query.format ?? 'csv');
    try {
      await sendSignedReportFile(response, this.signer, file);
    } finally {
      await file.dispose();
    }
  }
}
