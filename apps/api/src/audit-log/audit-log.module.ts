import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogReader } from './audit-log.reader';
import { AuditLogService } from './audit-log.service';

/** The audit trail for regulators and admins: GET /audit-log, /audit-log/verify, /audit-log/export. */
@Module({
  controllers: [AuditLogController],
  providers: [AuditLogReader, AuditLogService],
})
export class AuditLogModule {}
