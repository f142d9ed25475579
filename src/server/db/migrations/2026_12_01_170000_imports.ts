import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: imports 导入. A batch is one file brought in (customers with contacts, follow-ups …); it remembers what it
// created and what each updated record held before, so the whole batch can be undone, and the rows it refused with
// their reasons, for the person to fix and bring in again.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  const json = pg ? sql`jsonb` : sql`text`;
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', instant)
    .addColumn('deleted_by', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    /** imports/<workspace>/<batch id>, relative to the data folder; the file is removed once the batch has run. */
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('sheet', 'integer', (c) => c.notNull().defaultTo(0))
    /** The sheet's row (0-based among its read rows) that holds the headers. */
    .addColumn('header_row', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mapping', json, (c) => c.notNull().defaultTo('[]'))
    /** The person's own answers for values no dictionary entry names: { dictionary: { label: key } }. */
    .addColumn('value_map', json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('duplicates', 'text', (c) => c.notNull().defaultTo('skip'))
    /** uploaded → running → done | failed; done → undone. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('finished_at', instant)
    .addColumn('undone_at', instant)
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema
    .createIndex('import_batches_history_idx')
    .on('import_batches')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('import_records')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('import_batches.id').onDelete('cascade'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    /** What an updated record held before (its columns and version); null for one the batch created. */
    .addColumn('before', json)
    .addPrimaryKeyConstraint('import_records_pk', ['batch_id', 'entity', 'entity_id'])
    .execute();
  await db.schema
    .createTable('import_rejections')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('import_batches.id').onDelete('cascade'))
    /** The row's number as the person sees it in the file. */
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('cells', json, (c) => c.notNull())
    .addColumn('problems', json, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_rejections_pk', ['batch_id', 'line'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_rejections').execute();
  await db.schema.dropTable('import_records').execute();
  await db.schema.dropTable('import_batches').execute();
}
