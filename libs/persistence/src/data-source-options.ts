import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import { ENTITIES } from './entities';
import { ResilientPgClient } from './resilient-pg-client';

type MigrationClass = new () => MigrationInterface;

/**
 * The only place TypeORM options are built, for the api, the worker, the CLI and tests alike.
 * The schema comes from migrations alone: synchronize would drop columns that drifted, data included.
 */
export function dataSourceOptions(databaseUrl: string, migrations: MigrationClass[] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    // Failed queries surface as exceptions and are logged where they are handled; logging them here too doubles the noise.
    logging: ['warn'],
    connectTimeoutMS: 5_000,
    extra: {
      Client: ResilientPgClient,
      max: 20,
      // A query that hangs (lock wait, dead server) must not hold a request forever.
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}
