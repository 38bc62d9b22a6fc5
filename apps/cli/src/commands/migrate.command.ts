import { DataSource } from 'typeorm';
import type { AppConfig } from '@tiergate/config';
import { dataSourceOptions } from '@tiergate/persistence';
import { MIGRATIONS } from '@tiergate/migrations';

/** Applies pending migrations, each in its own transaction. Safe to run on every start. */
export async function migrate(config: AppConfig): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL, MIGRATIONS));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length === 0 ? 'schema is up to date' : `applied ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}
