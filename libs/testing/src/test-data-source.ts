import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tiergate/persistence';
import { testConfig } from './test-config';

/** A connection pool to the test database, as a separate api or worker replica would hold. */
export async function openTestDataSource(): Promise<DataSource> {
  return new DataSource(dataSourceOptions(testConfig().DATABASE_URL)).initialize();
}
