import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { QueryRunner } from 'typeorm';
import { DATACENTER_EXPORT_SQL } from './datacenter-export.sql';

/** Rows fetched per round trip: big enough that round trips do not dominate, small enough to stay a few hundred kilobytes. */
const CURSOR_BATCH_ROWS = 1_000;

/** Every facility in scope, as the export lists it, read through a database cursor. */
@Injectable()
export class DatacenterExportReader {
  /**
   * A server-side cursor over the export query, in a read-only transaction of its own on
   * `queryRunner` (the caller commits or rolls it back and releases the runner). JIT is off
   * (compiling the plan cost more than running it) and the sort into registration order gets room to
   * stay in memory; both settings end with the transaction, so the pooled connection is unchanged.
   */
  async openCursor(queryRunner: QueryRunner, countries: string[] | null): Promise<QueryStream> {
    await queryRunner.connect();
    await queryRunner.startTransaction();
    await queryRunner.query('SET TRANSACTION READ ONLY');
    await queryRunner.query('SET LOCAL jit = off');
    await queryRunner.query("SET LOCAL work_mem = '64MB'");
    // TypeORM's own stream() fetches 100 rows per round trip; the pg client underneath takes a batch size.
    const client = (await queryRunner.connect()) as PoolClient;
    return client.query(new QueryStream(DATACENTER_EXPORT_SQL, [countries], { batchSize: CURSOR_BATCH_ROWS }));
  }
}
