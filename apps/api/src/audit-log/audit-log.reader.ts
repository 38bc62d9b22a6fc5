import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AUDIT_LOG_COLUMNS, type AuditLogRow } from './audit-log-row';
import type { SqlConditions } from './sql-conditions';

/** The audit_log rows matching a set of conditions, in chain order. */
@Injectable()
export class AuditLogReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The first `limit` matching entries in seq order. */
  async first(conditions: SqlConditions, limit: number): Promise<AuditLogRow[]> {
    return (await this.dataSource.query(`SELECT ${AUDIT_LOG_COLUMNS} FROM audit_log ${conditions.where} ORDER BY seq LIMIT ${conditions.bind(limit)}`, conditions.params)) as AuditLogRow[];
  }

  /** How many entries match. */
  async count(conditions: SqlConditions): Promise<number> {
    const [{ entries }] = (await this.dataSource.query(`SELECT count(*)::int AS entries FROM audit_log ${conditions.where}`, conditions.params)) as { entries: number }[];
    return entries;
  }

  /** The hash of the last matching entry, or undefined when none matches. */
  async lastHash(conditions: SqlConditions): Promise<string | undefined> {
    const [last] = (await this.dataSource.query(`SELECT hash FROM audit_log ${conditions.where} ORDER BY seq DESC LIMIT 1`, conditions.params)) as { hash: string }[];
    return last?.hash;
  }

  /**
   * Every matching entry through a server-side cursor (pg-query-stream), so memory stays flat
   * however long the chain. The stream holds a pooled connection until it ends or is destroyed.
   */
  async stream(conditions: SqlConditions): Promise<Readable> {
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
    return rows;
  }
}
