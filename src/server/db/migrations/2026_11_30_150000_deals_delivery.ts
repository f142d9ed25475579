import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen: pipelines and their stages, deals 商机 with lines, approvals and stage changes, what a customer derives from
// its deals, contracts 合同 and invoices 发票, delivery projects 交付项目 with milestones 里程碑, installments 收款计划
// and the payments received against them. Money is integer fen (bigint in PostgreSQL).

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const instant = pg ? sql`timestamptz` : sql`text`;
  const json = pg ? sql`jsonb` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;
  const money = pg ? sql`bigint` : sql`integer`;
  const live = sql.ref('deleted_at');
  const common = (table: string): CreateTableBuilder<string, never> =>
    db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('created_at', instant, (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', instant, (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('deleted_at', instant)
      .addColumn('deleted_by', 'text');

  await common('pipelines')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('pipelines_key')
    .on('pipelines')
    .columns(['workspace_id', 'key'])
    .unique()
    .execute();
  // Edited as a whole list with the pipeline's version, so stages carry no common columns of their own.
  await db.schema
    .createTable('pipeline_stages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', 'text', (c) => c.notNull().references('pipelines.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label_zh', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('required_fields', json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('archived', bool, (c) => c.notNull().defaultTo(pg ? sql`false` : 0))
    .execute();
  await db.schema
    .createIndex('pipeline_stages_key')
    .on('pipeline_stages')
    .columns(['pipeline_id', 'key'])
    .unique()
    .execute();

  await common('deals')
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('pipeline_id', 'text', (c) => c.notNull().references('pipelines.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    // The stage's kind (open/won/lost) kept beside it, so "open deals" and "won this month" need no join.
    .addColumn('stage_kind', 'text', (c) => c.notNull())
    .addColumn('stage_changed_at', instant, (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('expected_amount', money)
    .addColumn('expected_close_date', 'text')
    .addColumn('actual_amount', money)
    .addColumn('closed_date', 'text')
    .addColumn('loss_reason', 'text')
    .addColumn('loss_note', 'text')
    .addColumn('after_sales_id', 'text')
    .addColumn('notes', 'text')
    .execute();
  await db.schema
    .createIndex('deals_number_key')
    .on('deals')
    .columns(['workspace_id', 'number'])
    .unique()
    .execute();
  // A board column: a stage's deals by expected close date (undated ones after, by id).
  await db.schema
    .createIndex('deals_board_idx')
    .on('deals')
    .columns(['workspace_id', 'pipeline_id', 'stage', 'expected_close_date', 'id'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('deals_customer_idx')
    .on('deals')
    .columns(['customer_id', 'created_at', 'id'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('deals_owner_idx')
    .on('deals')
    .columns(['workspace_id', 'owner_id', 'stage_kind', 'expected_close_date'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('deals_closed_idx')
    .on('deals')
    .columns(['workspace_id', 'stage_kind', 'closed_date'])
    .where(live, 'is', null)
    .execute();

  await db.schema
    .createTable('deal_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('unit_price', money, (c) => c.notNull())
    .addColumn('amount', money, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_lines_deal_idx').on('deal_lines').columns(['deal_id', 'seq']).execute();

  await db.schema
    .createTable('deal_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('quoted_amount', money, (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', instant, (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', instant)
    .addColumn('comment', 'text')
    .execute();
  // One open request per deal.
  await db.schema
    .createIndex('deal_approvals_pending_key')
    .on('deal_approvals')
    .column('deal_id')
    .unique()
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('deal_approvals_deal_idx')
    .on('deal_approvals')
    .columns(['deal_id', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('deal_approvals_status_idx')
    .on('deal_approvals')
    .columns(['workspace_id', 'status', 'requested_at'])
    .execute();

  // Every move between stages: days in stage and the funnel come from here.
  await db.schema
    .createTable('deal_stage_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('at', instant, (c) => c.notNull())
    .addColumn('by', 'text')
    .execute();
  await db.schema
    .createIndex('deal_stage_changes_deal_idx')
    .on('deal_stage_changes')
    .columns(['deal_id', 'at'])
    .execute();
  await db.schema
    .createIndex('deal_stage_changes_at_idx')
    .on('deal_stage_changes')
    .columns(['workspace_id', 'at'])
    .execute();

  // Derived from the customer's won deals (deals/deal-fields.ts); never edited directly.
  await db.schema.alterTable('customers').addColumn('first_won_date', 'text').execute();
  await db.schema.alterTable('customers').addColumn('last_won_date', 'text').execute();
  await db.schema
    .alterTable('customers')
    .addColumn('won_amount', money, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('customers')
    .addColumn('won_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await common('contracts')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('deal_id', 'text', (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('amount', money, (c) => c.notNull())
    .addColumn('signed_date', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('notes', 'text')
    .execute();
  await db.schema
    .createIndex('contracts_number_key')
    .on('contracts')
    .columns(['workspace_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('contracts_customer_idx')
    .on('contracts')
    .columns(['customer_id', 'signed_date'])
    .where(live, 'is', null)
    .execute();
  // Renewal reminders and the calendar: contracts by end date.
  await db.schema
    .createIndex('contracts_end_idx')
    .on('contracts')
    .columns(['workspace_id', 'end_date'])
    .where(live, 'is', null)
    .execute();

  await common('invoices')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('deal_id', 'text', (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('contract_id', 'text', (c) => c.references('contracts.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('amount', money, (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .execute();
  await db.schema
    .createIndex('invoices_customer_idx')
    .on('invoices')
    .columns(['customer_id', 'issue_date'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('invoices_status_idx')
    .on('invoices')
    .columns(['workspace_id', 'status', 'issue_date'])
    .where(live, 'is', null)
    .execute();

  await common('projects')
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('deal_id', 'text', (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('contract_id', 'text', (c) => c.references('contracts.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contract_amount', money, (c) => c.notNull())
    // Derived: the sum of the payments of its installments (projects/installment-fields.ts).
    .addColumn('received_amount', money, (c) => c.notNull().defaultTo(0))
    .addColumn('start_date', 'text')
    .addColumn('expected_end', 'text')
    .addColumn('notes', 'text')
    .execute();
  await db.schema
    .createIndex('projects_number_key')
    .on('projects')
    .columns(['workspace_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('projects_board_idx')
    .on('projects')
    .columns(['workspace_id', 'status', 'expected_end', 'id'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('projects_customer_idx')
    .on('projects')
    .columns(['customer_id', 'created_at'])
    .where(live, 'is', null)
    .execute();

  await common('milestones')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('planned_date', 'text', (c) => c.notNull())
    .addColumn('actual_date', 'text')
    .addColumn('deliverables', 'text')
    .addColumn('delay_reason', 'text')
    .execute();
  await db.schema
    .createIndex('milestones_project_idx')
    .on('milestones')
    .columns(['project_id', 'seq'])
    .where(live, 'is', null)
    .execute();
  // Open milestones by planned date: the calendar, Today and the delayed ones.
  await db.schema
    .createIndex('milestones_open_idx')
    .on('milestones')
    .columns(['workspace_id', 'planned_date', 'id'])
    .where(sql<boolean>`deleted_at is null and actual_date is null`)
    .execute();

  await common('installments')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount_due', money, (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('milestone_id', 'text', (c) => c.references('milestones.id').onDelete('set null'))
    // Derived: the due date, or the bound milestone's completion plus the payment term (null until it is done).
    .addColumn('effective_due_date', 'text')
    // Derived from the payments: their sum and the day of the latest.
    .addColumn('received_amount', money, (c) => c.notNull().defaultTo(0))
    .addColumn('received_date', 'text')
    .execute();
  await db.schema
    .createIndex('installments_project_idx')
    .on('installments')
    .columns(['project_id', 'seq'])
    .where(live, 'is', null)
    .execute();
  // The receivables view: what is still owed, by the day it falls due.
  await db.schema
    .createIndex('installments_open_idx')
    .on('installments')
    .columns(['workspace_id', 'effective_due_date', 'id'])
    .where(sql<boolean>`deleted_at is null and received_amount < amount_due`)
    .execute();
  await db.schema
    .createIndex('installments_customer_idx')
    .on('installments')
    .columns(['customer_id', 'effective_due_date'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('installments_milestone_idx')
    .on('installments')
    .column('milestone_id')
    .where(sql<boolean>`deleted_at is null and milestone_id is not null`)
    .execute();

  // Each payment a row of its own: partial payments add up exactly and nothing is overwritten.
  await common('payments')
    .addColumn('installment_id', 'text', (c) => c.notNull().references('installments.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('amount', money, (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('payments_installment_idx')
    .on('payments')
    .columns(['installment_id', 'paid_on'])
    .where(live, 'is', null)
    .execute();
  await db.schema
    .createIndex('payments_day_idx')
    .on('payments')
    .columns(['workspace_id', 'paid_on'])
    .where(live, 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'payments',
    'installments',
    'milestones',
    'projects',
    'invoices',
    'contracts',
    'deal_stage_changes',
    'deal_approvals',
    'deal_lines',
    'deals',
    'pipeline_stages',
    'pipelines',
  ])
    await db.schema.dropTable(table).execute();
  for (const column of ['won_count', 'won_amount', 'last_won_date', 'first_won_date'])
    await db.schema.alterTable('customers').dropColumn(column).execute();
}
