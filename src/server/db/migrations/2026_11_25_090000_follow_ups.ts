import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: follow-ups 跟进记录, what each customer derives from them for cadence and health, and the version of each
// customer's search tokens.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  const json = pg ? sql`jsonb` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;
  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', instant)
    .addColumn('deleted_by', 'text')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('at', instant, (c) => c.notNull())
    /** The day of `at` in the workspace's time zone: cadence and health count days, not hours. */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('feedback', 'text')
    .addColumn('attitude', 'text')
    .addColumn('attitude_note', 'text')
    .addColumn('important', bool, (c) => c.notNull().defaultTo(pg ? sql`false` : 0))
    .addColumn('commitments', json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('next_actions', json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('next_date', 'text')
    .execute();
  const live = sql.ref('deleted_at');
  await db.schema
    .createIndex('follow_ups_number_key')
    .on('follow_ups')
    .columns(['workspace_id', 'number'])
    .unique()
    .execute();
  // The customer's timeline and the latest follow-up of a customer.
  await db.schema
    .createIndex('follow_ups_customer_idx')
    .on('follow_ups')
    .columns(['customer_id', 'at', 'id'])
    .where(live, 'is', null)
    .execute();
  // A person's follow-ups by day (the weekly review, timeliness).
  await db.schema
    .createIndex('follow_ups_user_day_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'user_id', 'day'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('follow_ups_day_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'day', 'id'])
    .where(live, 'is', null)
    .execute();

  // Stored on the customer so that lists filter and sort by them at a million rows without computing per row.
  for (const [column, type] of [
    ['last_follow_up_day', 'text'],
    ['last_follow_up_method', 'text'],
    ['next_follow_up_date', 'text'],
    ['cadence_days', 'integer'],
    ['next_due_date', 'text'],
  ] as const) {
    await db.schema.alterTable('customers').addColumn(column, type).execute();
  }
  for (const column of ['next_due_date', 'last_follow_up_day']) {
    await db.schema
      .createIndex(`customers_${column}_idx`)
      .on('customers')
      .columns(['workspace_id', column, 'id'])
      .where(live, 'is', null)
      .execute();
  }
  // Which version of the search tokens a customer was indexed with: older ones are indexed again in the background.
  await db.schema
    .alterTable('customers')
    .addColumn('search_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('customers_search_version_idx')
    .on('customers')
    .column('search_version')
    .execute();
  // Today 今日待办 for one person: their customers by due date.
  await db.schema
    .createIndex('customers_owner_due_idx')
    .on('customers')
    .columns(['workspace_id', 'owner_id', 'next_due_date', 'id'])
    .where(live, 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'customers_search_version_idx',
    'customers_owner_due_idx',
    'customers_next_due_date_idx',
    'customers_last_follow_up_day_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  for (const column of [
    'search_version',
    'last_follow_up_day',
    'last_follow_up_method',
    'next_follow_up_date',
    'cadence_days',
    'next_due_date',
  ]) {
    await db.schema.alterTable('customers').dropColumn(column).execute();
  }
  await db.schema.dropTable('follow_ups').execute();
}
