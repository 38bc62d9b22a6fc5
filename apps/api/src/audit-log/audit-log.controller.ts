import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { pipeline } from 'node:stream';
import { Permission, RequirePermission } from '@tiergate/auth';
import type { AuditChainVerdict } from '@tiergate/domain';
import type { Page } from '../common/pagination/page';
import type { AuditLogEntryView } from './audit-log-row';
import { AuditLogFilterQuery, AuditLogPageQuery } from './audit-log.query';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit-log')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditLogController {
  private readonly logger = new Logger(AuditLogController.name);

  constructor(private readonly auditLog: AuditLogService) {}

  /** Entries in chain order, filtered by entity, actor, action and time. */
  @Get()
  @RequirePermission(Permission.AuditLogRead)
  list(@Query() query: AuditLogPageQuery): Promise<Page<AuditLogEntryView>> {
    return this.auditLog.page(query);
  }

  /** Re-hashes the whole chain: `{valid, entries, head}`, and `firstBroken` when it is not intact. */
  @Get('verify')
  @RequirePermission(Permission.AuditLogRead)
  verify(): Promise<AuditChainVerdict> {
    return this.auditLog.verify();
  }

  /**
   * Every matching entry as JSON lines, streamed. Unfiltered, the file is the whole chain and can
   * be re-verified offline with the same hashing rules (libs/domain/src/audit).
   */
  @Get('export')
  @RequirePermission(Permission.AuditLogRead)
  @ApiProduces('application/x-ndjson')
  async export(@Query() filters: AuditLogFilterQuery, @Res() response: Response): Promise<void> {
    const lines = await this.auditLog.exportLines(filters);
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
