import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: attachments 附件, files people attach to a follow-up (later deals and contracts). The bytes live in the
// data folder under `storage_key`; the row says what they are and who may see them (through their owner).

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const instant = isPostgres(db) ? sql`timestamptz` : sql`text`;
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', instant)
    .addColumn('deleted_by', 'text')
    // Which record the file hangs off ('followUp' for now). No foreign key: the owner may be of several tables.
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    /** The name the person gave the file, cleaned for display; never part of the path on disk. */
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    // integer is enough: KEYI_MAX_UPLOAD_MB stops at 1024 (and pg returns integer as a number, bigint as text).
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    /** files/<workspace>/<yyyy>/<mm>/<id>, relative to the data folder. */
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .execute();
  // The attachments of a page of follow-ups, in one query.
  await db.schema
    .createIndex('attachments_owner_idx')
    .on('attachments')
    .columns(['owner_type', 'owner_id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // The recycle bin, newest deletion first.
  await db.schema
    .createIndex('attachments_bin_idx')
    .on('attachments')
    .columns(['workspace_id', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachments').execute();
}
