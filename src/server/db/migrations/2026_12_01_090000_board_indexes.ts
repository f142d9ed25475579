import { sql, type Kysely } from 'kysely';

// Frozen: indexes that 200,000 deals and 300,000 installments showed missing (docs/benchmarks.md, "Deals and
// receivables at 200,000 deals").

export async function up(db: Kysely<any>): Promise<void> {
  // The board's won and lost columns: one stage's deals closed since a day, most recent first. Without it both
  // databases read every won (or lost) deal and sorted them.
  await db.schema
    .createIndex('deals_closed_board_idx')
    .on('deals')
    .columns(['workspace_id', 'pipeline_id', 'stage', 'closed_date', 'id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // Receivables by customer: open installments grouped by customer, read from the index alone (the sums need due and
  // received amounts), written with the same condition as installments_open_idx.
  await db.schema
    .createIndex('installments_open_customer_idx')
    .on('installments')
    .columns(['workspace_id', 'customer_id', 'effective_due_date', 'amount_due', 'received_amount'])
    .where(sql<boolean>`deleted_at is null and received_amount < amount_due`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('installments_open_customer_idx').execute();
  await db.schema.dropIndex('deals_closed_board_idx').execute();
}
