import { sql, type Kysely } from 'kysely';

// Frozen: indexes that a million customers with ten million follow-ups showed missing (docs/benchmarks.md, "Follow-ups
// at 10 million").

export async function up(db: Kysely<any>): Promise<void> {
  // The weekly review's timeliness: one member's follow-ups by the due date they answered. By (member, day) it read
  // every follow-up the member ever logged (55,000 for one with 5,000 customers) to keep one week's.
  await db.schema
    .createIndex('follow_ups_user_due_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'user_id', 'due_date'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // 公海 reclaim: owned customers by the day their owner last showed care, the expression reclaim.service.ts filters
  // on (LAST_TOUCH there, written the same so that both databases match it). A reclaimed customer leaves the index,
  // so each batch of 500 starts where the previous one ended instead of scanning the workspace again.
  await sql
    .raw(
      `create index customers_last_touch_idx on customers (workspace_id, (case when coalesce(last_follow_up_day, '') > coalesce(owner_since, '')
  then last_follow_up_day else coalesce(owner_since, '') end)) where owner_id is not null and deleted_at is null`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('customers_last_touch_idx').execute();
  await db.schema.dropIndex('follow_ups_user_due_idx').execute();
}
