import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

// Frozen: churn as of today reads the won customers' stored last dates from customers_won_activity_idx, and looks
// up the history of the few with a date typed ahead by their id, which the index lacked: PostgreSQL then read each of
// the ninety thousand rows from the table (64,000 pages at a million customers) instead of the index alone.

const COLUMNS = ['workspace_id', 'first_won_date', 'last_follow_up_day', 'last_won_date', 'owner_id'];

async function wonActivityIndex(db: Kysely<any>, columns: string[]) {
  await db.schema.dropIndex('customers_won_activity_idx').execute();
  await db.schema
    .createIndex('customers_won_activity_idx')
    .on('customers')
    .columns(columns)
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // SQLite plans by its statistics, and an index without them lost to a scan of every customer (5 s).
  if (!isPostgres(db)) await sql`analyze customers_won_activity_idx`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await wonActivityIndex(db, [...COLUMNS, 'id']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await wonActivityIndex(db, COLUMNS);
}
