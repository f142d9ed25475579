import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: backup settings 数据备份. One row for the installation (backups hold every workspace): when the daily backup
// runs, how many are kept, the passphrase scheduled backups are encrypted with (sealed with the secret key) and how the
// last run went.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;
  await db.schema
    .createTable('backup_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enabled', bool, (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('keep_daily', 'integer', (c) => c.notNull())
    .addColumn('keep_weekly', 'integer', (c) => c.notNull())
    .addColumn('keep_monthly', 'integer', (c) => c.notNull())
    .addColumn('passphrase', 'text')
    .addColumn('last_run_at', instant)
    .addColumn('last_error', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('backup_settings').execute();
}
