import { Injectable } from '@nestjs/common';
import { pipeline, type Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { AuditChainVerdict } from '@tiergate/domain';
import { AuditChainReader } from '@tiergate/persistence';
import { DEFAULT_PAGE_SIZE, type Page } from '../common/pagination/page';
import { auditLogConditions } from './audit-log-conditions';
import { decodeAuditLogCursor, encodeAuditLogCursor } from './audit-log-cursor';
import { auditLogLines } from './audit-log-lines';
import { AUDIT_LOG_COLUMNS, toAuditLogEntry, type AuditLogEntryView, type AuditLogRow } from './audit-log-row';
import type { AuditLogFilterQuery, AuditLogPageQuery } from './audit-log.query';

/** Reading the audit chain: pages, verification, and the full export. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: AuditChainReader,
  ) {}

  /** Keyset on seq: the chain only grows at its end, so a page once read never shifts. */
  async page(query: AuditLogPageQuery): Promise<Page<AuditLogEntryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const conditions = auditLogConditions(query);
    if (query.cursor !== undefined) conditions.add((p) => `seq > ${p}`, decodeAuditLogCursor(query.cursor));
    const rows = (await this.dataSource.query(
      `SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log ${conditions.where} ORDER BY seq LIMIT ${conditions.bind(limit + 1)}`,
      conditions.params,
    )) as AuditLogRow[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map(toAuditLogEntry), nextCursor: rows.length > limit && last ? encodeAuditLogCursor(last.seq) : null };
  }

  verify(): Promise<AuditChainVerdict> {
    return this.chain.verify();
  }

  /**
   * The matching entries as JSON lines, read through a server-side cursor (pg-query-stream) so
   * memory stays flat however long the chain. The stream holds a pooled connection until it ends
   * or is destroyed; destroying it (a client hanging up) closes the cursor and gives it back.
   */
  async exportLines(filters: AuditLogFilterQuery): Promise<Readable> {
    const conditions = auditLogConditions(filters);
    const runner = this.dataSource.createQueryRunner();
    let rows: Readable;
    try {
      rows = await runner.stream(`SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log ${conditions.where} ORDER BY seq`, conditions.params);
    } catch (error) {
      await runner.release();
      throw error;
    }
    // 'close' comes after the cursor is closed, on every path: end, error or destroy.
    rows.once('close', () => void runner.release());
    // Errors reach whoever consumes the returned stream; pipeline only wires destruction both ways.
    return pipeline(rows, auditLogLines(), () => undefined);
  }
}
