import { Client } from 'pg';

export interface RecordedWrite {
  table: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  /** For audit_log rows: the action, so a write made by design on a rejection can be told apart. */
  action: string | null;
}

const SCHEMA = 'fuzz_probe';

/**
 * Sees every row the API writes. A row-level trigger on each table of the public schema logs the
 * written row into a table of its own schema, inside the writing transaction: a rolled-back write
 * leaves no trace, a committed one does, updates and deletes included (which counting rows would
 * miss), and the log names the table. One indexed read per request, however large the tables grow.
 * The triggers and their schema are removed afterwards, so no other test sees them.
 */
export class WriteProbe {
  private lastSeen = 0;

  private constructor(private readonly client: Client) {}

  static async install(databaseUrl: string): Promise<WriteProbe> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`
      DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE;
      CREATE SCHEMA ${SCHEMA};
      CREATE TABLE ${SCHEMA}.writes (id bigserial PRIMARY KEY, table_name text NOT NULL, operation text NOT NULL, action text);
      CREATE FUNCTION ${SCHEMA}.record_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${SCHEMA}.writes (table_name, operation, action)
        VALUES (TG_TABLE_NAME, TG_OP, CASE WHEN TG_TABLE_NAME = 'audit_log' THEN to_jsonb(NEW) ->> 'action' END);
        RETURN NULL;
      END $$;
      DO $$
      DECLARE target regclass;
      BEGIN
        FOR target IN
          SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        LOOP
          EXECUTE format('CREATE TRIGGER fuzz_probe_record_write AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.record_write()', target);
        END LOOP;
      END $$;
    `);
    return new WriteProbe(client);
  }

  /** The rows written since the previous call (requests are sent one at a time, so: by the last request). */
  async writesSinceLastLook(): Promise<RecordedWrite[]> {
    const { rows } = await this.client.query<{ id: string; table_name: string; operation: RecordedWrite['operation']; action: string | null }>(
      `SELECT id, table_name, operation, action FROM ${SCHEMA}.writes WHERE id > $1 ORDER BY id`,
      [this.lastSeen],
    );
    if (rows.length > 0) this.lastSeen = Number(rows[rows.length - 1].id);
    return rows.map((row) => ({ table: row.table_name, operation: row.operation, action: row.action }));
  }

  /** Dropping the function drops every trigger that calls it. */
  async uninstall(): Promise<void> {
    try {
      await this.client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    } finally {
      await this.client.end();
    }
  }
}
