import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one consistent snapshot a report's readers run in.
 *
 * Planner settings for the transaction only (they end with it): JIT off, because these short
 * aggregates cross PostgreSQL's JIT threshold at 100,000 facilities and compiling them took longer
 * than running them (0.6 s of a 1 s report in the benchmark); parallel workers made cheaper,
 * because every report reads every facility in scope and the default costs kept the grouping by
 * organisation in one process (about a third slower); more sort memory, so the status-history walk
 * stays off disk.
 */
@Injectable()
export class ReportSnapshotReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one read-only REPEATABLE READ transaction: every figure of a signed report describes the same committed state, even while facilities change underneath. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      await manager.query('SET LOCAL jit = off');
      await manager.query("SET LOCAL work_mem = '32MB'");
      await manager.query('SET LOCAL parallel_setup_cost = 10');
      await manager.query('SET LOCAL parallel_tuple_cost = 0.001');
      return work(manager);
    });
  }
}
