import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: a workspace's own working-day overrides 工作日调整 on top of the statutory schedule (company days off,
// days worked, a year the schedule does not carry yet).

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const instant = isPostgres(db) ? sql`timestamptz` : sql`text`;
  await db.schema
    .createTable('working_day_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', instant)
    .addColumn('deleted_by', 'text')
    .addColumn('day', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('kind', 'text', (c) => c.notNull()) // work | rest
    .addColumn('name', 'text')
    .execute();
  // One live override per day; removed ones stay for the history and do not block setting the day again.
  await db.schema
    .createIndex('working_day_overrides_day_key')
    .on('working_day_overrides')
    .columns(['workspace_id', 'day'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('working_day_overrides').execute();
}
