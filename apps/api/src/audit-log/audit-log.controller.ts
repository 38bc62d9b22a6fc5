import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { pipeline } from 'node:stream';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import type { AuditChainView } from './audit-chain-view';
import type { AuditLogEntryView } from './audit-log-row';
import { AuditLogFilterQuery, AuditLogPageQuery } from './audit-log.query';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit-log')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditLogController {
  private readonly logger = new Logger(AuditLogController.name);

  constructor(private readonly auditLog: AuditLogService) {}

  /** Entries in chain order, filtered by entity, actor, action and time; a regulator's jurisdictions narrow them. */
  @Get()
  @RequirePermission(Permission.AuditLogRead)
  list(@Query() query: AuditLogPageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<AuditLogEntryView>> {
    return this.auditLog.page(query, principal);
  }

  /**
   * Re-hashes the whole chain: `{valid, entries, head}`, and `firstBroken` when it is not intact;
   * for a regulator held to jurisdictions, counts and head of the entries they can read.
   */
  @Get('verify')
  @RequirePermission(Permission.AuditLogRead)
  verify(@CurrentPrincipal() principal: Principal): Promise<AuditChainView> {
    return this.auditLog.verify(principal);
  }

  /**
   * Every matching entry as JSON lines, streamed. Unfiltered, the file is the whole chain and can
   * be re-verified offline with the same hashing rules (libs/domain/src/audit); for a regulator
   * held to jurisdictions, it is the entries they can read, each still checkable on its own.
   */
  @Get('export')
  @RequirePermission(Permission.AuditLogRead)
  @ApiProduces('application/x-ndjson')
  async export(@Query() filters: AuditLogFilterQuery, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const lines = await this.auditLog.exportLines(filters, principal);
    response.status(200);
    response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="audit-log.ndjson"');
    response.setHeader('Cache-Control', 'no-store');
    pipeline(lines, response, (error) => {
      // A client hanging up is no fault. Anything else cut the download short; the missing final
      // chunk of the chunked encoding tells the client so.
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error(`audit log export failed: ${error.message}`);
      }
    });
  }
}
