import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

// Frozen: analytics at a million customers and ten million follow-ups (docs/decisions/0008-analytics.md, "Scale").
// Range counts get indexes that answer them alone, and the follow-ups are counted per day as they are written:
// follow_up_day_counts holds, per workspace and day, the live follow-ups on live customers logged that day
// (`logged`) and those whose agreed date (due_date) was that day (`due`, of them `on_time`: logged on or before it),
// four times over (`kind`): all of them, by member, by method, by member and method. Triggers keep it, so a
// whole-workspace count over a year reads 365 rows, not five million follow-ups.

const live = sql.ref('deleted_at');

async function indexes(db: Kysely<any>): Promise<void> {
  // 新增客户, 来源渠道 and the leaderboard: customers added in a period, by source, won or not, owner, from the index.
  await db.schema
    .createIndex('customers_created_idx')
    .on('customers')
    .columns(['workspace_id', 'created_at', 'source_channel', 'first_won_date', 'owner_id'])
    .where(live, 'is', null)
    .execute();
  // 成交: won deals closed in a period with what the figures sum, from the index alone.
  await db.schema.dropIndex('deals_closed_idx').execute();
  await db.schema
    .createIndex('deals_closed_idx')
    .on('deals')
    .columns([
      'workspace_id',
      'stage_kind',
      'closed_date',
      'customer_id',
      'owner_id',
      'actual_amount',
      'expected_amount',
    ])
    .where(live, 'is', null)
    .execute();
  // 逾期应收 and the receivables totals: what is owed by due day, with the sums, from the index alone.
  await db.schema.dropIndex('installments_open_idx').execute();
  await db.schema
    .createIndex('installments_open_idx')
    .on('installments')
    .columns([
      'workspace_id',
      'effective_due_date',
      'id',
      'customer_id',
      'project_id',
      'amount_due',
      'received_amount',
    ])
    .where(sql<boolean>`deleted_at is null and received_amount < amount_due`)
    .execute();
  // The recycle bin's customers: whole-workspace figures leave out rows of these few rather than look each row's
  // customer up among a million (customers/customer-list.ts, customerVisible).
  await db.schema
    .createIndex('customers_binned_idx')
    .on('customers')
    .columns(['workspace_id', 'id'])
    .where(live, 'is not', null)
    .execute();
  // 跟进及时率 for a sales member, counted from their customers: each one's agreed dates, answered on time or not,
  // from the index alone.
  await db.schema
    .createIndex('follow_ups_customer_due_idx')
    .on('follow_ups')
    .columns(['customer_id', 'due_date', 'day'])
    .where(sql<boolean>`deleted_at is null and due_date is not null`)
    .execute();
  // 转化漏斗: a pipeline's deals created in a period, with what the funnel reads of them, from the index alone.
  await db.schema
    .createIndex('deals_created_idx')
    .on('deals')
    .columns([
      'workspace_id',
      'pipeline_id',
      'created_at',
      'id',
      'stage',
      'stage_kind',
      'loss_reason',
      'customer_id',
      'owner_id',
    ])
    .where(live, 'is', null)
    .execute();
  // 回款: payments received in a period.
  await db.schema.dropIndex('payments_day_idx').execute();
  await db.schema
    .createIndex('payments_day_idx')
    .on('payments')
    .columns(['workspace_id', 'paid_on', 'customer_id', 'project_id', 'amount'])
    .where(live, 'is', null)
    .execute();
}

const KEY = 'workspace_id, kind, user_id, method, day';

/** The four ways the counts are kept: a member or a method not kept apart is ''. */
const KINDS = `(select 'all' as kind union all select 'user' union all select 'method' union all select 'user_method')`;

/**
 * The counts a set of follow-ups `rows` (with the follow_ups columns) adds, times `sign`: each live one is logged on
 * its day and, when it had an agreed date, due on that date. `liveCustomer` also requires its customer to be live.
 */
export function factsOf(rows: string, sign: string, liveCustomer: boolean): string {
  const where = `f.deleted_at is null${
    liveCustomer
      ? ' and exists (select 1 from customers c where c.id = f.customer_id and c.deleted_at is null)'
      : ''
  }`;
  return `select f.workspace_id, f.day, f.user_id, f.method, ${sign} as logged, 0 as due, 0 as on_time
      from ${rows} f where ${where}
    union all
    select f.workspace_id, f.due_date, f.user_id, f.method, 0, ${sign},
      case when f.day <= f.due_date then ${sign} else 0 end
      from ${rows} f where ${where} and f.due_date is not null`;
}

/** One upsert adding the summed facts of every kind; rows in key order, so concurrent writers lock them alike. */
export function apply(parts: string[]): string {
  return `insert into follow_up_day_counts (${KEY}, logged, due, on_time)
    select x.workspace_id, k.kind,
      case when k.kind in ('user', 'user_method') then x.user_id else '' end,
      case when k.kind in ('method', 'user_method') then x.method else '' end,
      x.day, sum(x.logged), sum(x.due), sum(x.on_time)
    from (${parts.join(' union all ')}) x cross join ${KINDS} k
    group by 1, 2, 3, 4, 5
    having sum(x.logged) <> 0 or sum(x.due) <> 0 or sum(x.on_time) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (${KEY}) do update set
      logged = follow_up_day_counts.logged + excluded.logged,
      due = follow_up_day_counts.due + excluded.due,
      on_time = follow_up_day_counts.on_time + excluded.on_time;`;
}

/** A SQLite row trigger's `new` or `old` as a one-row table. */
const rowOf = (alias: 'new' | 'old') =>
  `(select ${['workspace_id', 'customer_id', 'day', 'user_id', 'method', 'due_date', 'deleted_at']
    .map((c) => `${alias}.${c} as ${c}`)
    .join(', ')})`;

/**
 * The follow-ups of a customer whose recycle-bin state changed (going in: −1, coming back: +1). A customer leaves for
 * good only from the bin (foreign keys refuse a live one with records), so deleting one needs no trigger.
 */
const followUpsOf = (customerId: string) => `(select * from follow_ups where customer_id = ${customerId})`;

const WATCHED = ['workspace_id', 'customer_id', 'day', 'user_id', 'method', 'due_date', 'deleted_at'];

async function triggersSqlite(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`create trigger follow_up_day_counts_insert after insert on follow_ups
    begin ${apply([factsOf(rowOf('new'), '1', true)])} end`);
  await run(`create trigger follow_up_day_counts_delete after delete on follow_ups
    begin ${apply([factsOf(rowOf('old'), '-1', true)])} end`);
  await run(`create trigger follow_up_day_counts_update after update of ${WATCHED.join(', ')} on follow_ups
    begin ${apply([factsOf(rowOf('old'), '-1', true), factsOf(rowOf('new'), '1', true)])} end`);
  await run(`create trigger follow_up_day_counts_customer_bin after update of deleted_at on customers
    when (old.deleted_at is null) <> (new.deleted_at is null)
    begin ${apply([factsOf(followUpsOf('new.id'), 'case when new.deleted_at is null then 1 else -1 end', false)])} end`);
}

/** The follow-ups of customers a statement moved into or out of the recycle bin, with the sign of the move. */
export const BINNED = `(select f.*, case when n.deleted_at is null then 1 else -1 end as sign
    from old_rows o join new_rows n on n.id = o.id join follow_ups f on f.customer_id = n.id
    where (o.deleted_at is null) <> (n.deleted_at is null))`;

/** Statement triggers with transition tables: one grouped upsert per statement, as customer_counts does. */
async function triggersPostgres(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const changed = (side: 'o' | 'n') =>
    `(select ${side}.* from old_rows o join new_rows n on n.id = o.id
      where (${WATCHED.map((c) => `o.${c}`).join(', ')}) is distinct from (${WATCHED.map((c) => `n.${c}`).join(', ')}))`;
  await run(`create function follow_up_day_counts_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then ${apply([factsOf('new_rows', '1', true)])}
      elsif tg_op = 'DELETE' then ${apply([factsOf('old_rows', '-1', true)])}
      else ${apply([factsOf(changed('o'), '-1', true), factsOf(changed('n'), '1', true)])}
      end if;
      return null;
    end $$`);
  const onFollowUps = (event: string, tables: string) =>
    run(`create trigger follow_up_day_counts_${event} after ${event} on follow_ups referencing ${tables}
      for each statement execute function follow_up_day_counts_apply()`);
  await onFollowUps('insert', 'new table as new_rows');
  await onFollowUps('update', 'old table as old_rows new table as new_rows');
  await onFollowUps('delete', 'old table as old_rows');

  await run(`create function follow_up_day_counts_customer_bin() returns trigger language plpgsql as $$
    begin ${apply([factsOf(BINNED, 'f.sign', false)])} return null; end $$`);
  await run(`create trigger follow_up_day_counts_customer_bin after update on customers
    referencing old table as old_rows new table as new_rows
    for each statement execute function follow_up_day_counts_customer_bin()`);
}

export async function up(db: Kysely<any>): Promise<void> {
  await indexes(db);
  await db.schema
    .createTable('follow_up_day_counts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('logged', 'integer', (c) => c.notNull())
    .addColumn('due', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('follow_up_day_counts_pk', ['workspace_id', 'kind', 'user_id', 'method', 'day'])
    .execute();
  await sql.raw(apply([factsOf('follow_ups', '1', true)])).execute(db);
  if (isPostgres(db)) await triggersPostgres(db);
  else await triggersSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  for (const [name, table] of [
    ['follow_up_day_counts_insert', 'follow_ups'],
    ['follow_up_day_counts_update', 'follow_ups'],
    ['follow_up_day_counts_delete', 'follow_ups'],
    ['follow_up_day_counts_customer_bin', 'customers'],
  ])
    await sql.raw(`drop trigger ${name}${pg ? ` on ${table}` : ''}`).execute(db);
  if (pg)
    for (const fn of ['apply', 'customer_bin'])
      await sql.raw(`drop function follow_up_day_counts_${fn}()`).execute(db);
  await db.schema.dropTable('follow_up_day_counts').execute();
  await db.schema.dropIndex('customers_created_idx').execute();
  await db.schema.dropIndex('deals_closed_idx').execute();
  await db.schema
    .createIndex('deals_closed_idx')
    .on('deals')
    .columns(['workspace_id', 'stage_kind', 'closed_date'])
    .where(live, 'is', null)
    .execute();
  await db.schema.dropIndex('payments_day_idx').execute();
  await db.schema
    .createIndex('payments_day_idx')
    .on('payments')
    .columns(['workspace_id', 'paid_on'])
    .where(live, 'is', null)
    .execute();
  await db.schema.dropIndex('customers_binned_idx').execute();
  await db.schema.dropIndex('follow_ups_customer_due_idx').execute();
  await db.schema.dropIndex('deals_created_idx').execute();
  await db.schema.dropIndex('installments_open_idx').execute();
  await db.schema
    .createIndex('installments_open_idx')
    .on('installments')
    .columns(['workspace_id', 'effective_due_date', 'id'])
    .where(sql<boolean>`deleted_at is null and received_amount < amount_due`)
    .execute();
}
