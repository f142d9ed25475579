import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: tasks 待办 (from next actions, commitments or by hand), what a follow-up knew of its customer's due date
// (timeliness), snoozing a due customer, the shared pool 公海 and each member's private calendar feed.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', instant)
    .addColumn('deleted_by', 'text')
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('cascade'))
    // A task made from a follow-up's next action or commitment remembers which one, so edits flow both ways.
    .addColumn('follow_up_id', 'text', (c) => c.references('follow_ups.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_index', 'integer')
    .addColumn('side', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('done_at', instant)
    .addColumn('done_by', 'text')
    .execute();
  const live = sql.ref('deleted_at');
  await db.schema
    .createIndex('tasks_source_key')
    .on('tasks')
    .columns(['follow_up_id', 'source', 'source_index'])
    .unique()
    .where(sql.ref('follow_up_id'), 'is not', null)
    .execute();
  // Open tasks of one person by due date (Today, "mine"), and of the whole workspace (team view, broken promises).
  await db.schema
    .createIndex('tasks_assignee_open_idx')
    .on('tasks')
    .columns(['workspace_id', 'assignee_id', 'due_date', 'id'])
    .where(sql<boolean>`deleted_at is null and done_at is null`)
    .execute();
  await db.schema
    .createIndex('tasks_open_idx')
    .on('tasks')
    .columns(['workspace_id', 'due_date', 'id'])
    .where(sql<boolean>`deleted_at is null and done_at is null`)
    .execute();
  await db.schema
    .createIndex('tasks_customer_idx')
    .on('tasks')
    .columns(['customer_id', 'created_at', 'id'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('tasks_done_idx')
    .on('tasks')
    .columns(['workspace_id', 'assignee_id', 'done_at'])
    .where(sql<boolean>`deleted_at is null and done_at is not null`)
    .execute();

  // The customer's due date just before this follow-up was logged: last week's follow-ups against what was due.
  await db.schema.alterTable('follow_ups').addColumn('due_date', 'text').execute();
  await db.schema
    .createIndex('follow_ups_due_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'due_date'])
    .where(live, 'is', null)
    .execute();

  // "Snooze to …" on Today: not due before this day; a new follow-up clears it.
  await db.schema.alterTable('customers').addColumn('snoozed_until', 'text').execute();
  // 公海: the day the current owner got the customer; reclaim counts from it when they never followed up.
  await db.schema.alterTable('customers').addColumn('owner_since', 'text').execute();
  await db
    .updateTable('customers')
    .set({ owner_since: pg ? sql`to_char(created_at, 'YYYY-MM-DD')` : sql`substr(created_at, 1, 10)` })
    .where('owner_id', 'is not', null)
    .execute();

  // Today's "turning dormant" and the weekly review's dormant / at-risk lists for one person.
  await db.schema
    .createIndex('customers_owner_last_day_idx')
    .on('customers')
    .columns(['workspace_id', 'owner_id', 'last_follow_up_day', 'id'])
    .where(live, 'is', null)
    .execute();

  // A private calendar feed (ICS) per member, by the digest of a revocable token.
  await db.schema.alterTable('users').addColumn('calendar_token', 'text').execute();
  await db.schema
    .createIndex('users_calendar_token_key')
    .on('users')
    .column('calendar_token')
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_calendar_token_key').execute();
  await db.schema.alterTable('users').dropColumn('calendar_token').execute();
  await db.schema.dropIndex('customers_owner_last_day_idx').execute();
  await db.schema.alterTable('customers').dropColumn('owner_since').execute();
  await db.schema.alterTable('customers').dropColumn('snoozed_until').execute();
  await db.schema.dropIndex('follow_ups_due_idx').execute();
  await db.schema.alterTable('follow_ups').dropColumn('due_date').execute();
  await db.schema.dropTable('tasks').execute();
}
