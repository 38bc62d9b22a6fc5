import { DataSource } from 'typeorm';
import { loadConfig } from '@tiergate/config';
import { dataSourceOptions } from '@tiergate/persistence';
import { MIGRATIONS } from './index';

/** The data source the TypeORM CLI uses (migration:generate, migration:check). */
export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL, MIGRATIONS));
