import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

// Frozen: a sales member's follow-ups counted per day ahead, as follow_up_day_counts does for the whole workspace.
// Two more kinds of row there, keyed by the customer's owner (user_id; method ''): `owner`, every live follow-up on
// the live customers the member owns, and `owner_self`, those of them the member logged. A member's dashboard summed
// them over their customers, eight walks of up to 12,000 index probes per request (docs/decisions/0008-analytics.md).
// Triggers on follow_ups keep them as follow-ups change, and on customers as a customer changes hands, goes to the
// 公海 or the recycle bin, or comes back.

const OWNER_KINDS = ['owner', 'owner_self'] as const;

const KEY = 'workspace_id, kind, user_id, method, day';

/**
 * The counts that follow-ups `rows` of customers `customers` (id, owner_id, deleted_at) add, times `sign`: each live
 * follow-up of a live, owned customer is logged on its day and, when it had an agreed date, due on that date;
 * `self` marks those the owner logged.
 */
function ownerFactsOf(rows: string, customers: string, sign: string): string {
  const from = `from ${rows} f join ${customers} c on c.id = f.customer_id
    where f.deleted_at is null and c.deleted_at is null and c.owner_id is not null`;
  const self = 'case when f.user_id = c.owner_id then 1 else 0 end';
  return `select f.workspace_id, f.day, c.owner_id, ${self} as self, ${sign} as logged, 0 as due, 0 as on_time ${from}
    union all
    select f.workspace_id, f.due_date, c.owner_id, ${self}, 0, ${sign},
      case when f.day <= f.due_date then ${sign} else 0 end ${from} and f.due_date is not null`;
}

/** Both kinds summed from the facts, grouped in key order (the select of a recount; `apply` upserts it). */
function ownerCountsOf(parts: string[]): string {
  return `select x.workspace_id, k.kind, x.owner_id, '', x.day, sum(x.logged), sum(x.due), sum(x.on_time)
    from (${parts.join(' union all ')}) x
    join (select 'owner' as kind, 0 as self_only union all select 'owner_self', 1) k on k.self_only <= x.self
    group by 1, 2, 3, 4, 5
    having sum(x.logged) <> 0 or sum(x.due) <> 0 or sum(x.on_time) <> 0
    order by 1, 2, 3, 4, 5`;
}

/** One upsert adding the counts; rows in key order, so concurrent writers lock them alike. */
const apply = (parts: string[]) => `insert into follow_up_day_counts (${KEY}, logged, due, on_time)
    ${ownerCountsOf(parts)}
    on conflict (${KEY}) do update set
      logged = follow_up_day_counts.logged + excluded.logged,
      due = follow_up_day_counts.due + excluded.due,
      on_time = follow_up_day_counts.on_time + excluded.on_time;`;

const FOLLOW_UP_COLUMNS = ['workspace_id', 'customer_id', 'day', 'user_id', 'due_date', 'deleted_at'];
const CUSTOMER_COLUMNS = ['id', 'owner_id', 'deleted_at'];

/** A SQLite row trigger's `new` or `old` as a one-row table of `columns`. */
const rowOf = (alias: 'new' | 'old', columns: string[]) =>
  `(select ${columns.map((c) => `${alias}.${c} as ${c}`).join(', ')})`;

/** A customer's live follow-ups (through follow_ups_customer_idx, whose rows are the live ones). */
const liveFollowUpsOf = (customerId: string) =>
  `(select * from follow_ups where customer_id = ${customerId} and deleted_at is null)`;

/** Whether a customer's change moves its follow-ups' counts: another owner, none, or in or out of the bin. */
const movesCounts = (o: string, n: string) =>
  `(${o}.owner_id is distinct from ${n}.owner_id or (${o}.deleted_at is null) <> (${n}.deleted_at is null))`;

async function triggersSqlite(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const followUp = (alias: 'new' | 'old', sign: string) =>
    ownerFactsOf(rowOf(alias, FOLLOW_UP_COLUMNS), 'customers', sign);
  await run(`create trigger owner_follow_up_counts_insert after insert on follow_ups
    begin ${apply([followUp('new', '1')])} end`);
  await run(`create trigger owner_follow_up_counts_delete after delete on follow_ups
    begin ${apply([followUp('old', '-1')])} end`);
  await run(`create trigger owner_follow_up_counts_update after update of ${FOLLOW_UP_COLUMNS.join(', ')} on follow_ups
    begin ${apply([followUp('old', '-1'), followUp('new', '1')])} end`);
  const customer = (alias: 'new' | 'old', sign: string) =>
    ownerFactsOf(liveFollowUpsOf(`${alias}.id`), rowOf(alias, CUSTOMER_COLUMNS), sign);
  await run(`create trigger owner_follow_up_counts_customer after update of owner_id, deleted_at on customers
    when ${movesCounts('old', 'new')}
    begin ${apply([customer('old', '-1'), customer('new', '1')])} end`);
}

/** Statement triggers with transition tables: one grouped upsert per statement, as follow_up_day_counts' own. */
async function triggersPostgres(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const list = (side: string) => FOLLOW_UP_COLUMNS.map((c) => `${side}.${c}`).join(', ');
  const changed = (side: 'o' | 'n') =>
    `(select ${side}.* from old_rows o join new_rows n on n.id = o.id
      where (${list('o')}) is distinct from (${list('n')}))`;
  // The follow-ups' customers are locked before their owners' rows, in the order a hand-over takes them (the
  // customer's update, then its trigger's upsert): otherwise a follow-up logged while its customer is handed over
  // could hold the owner's day and wait for the customer while the hand-over waits for that day. An update locks
  // only the customers of rows whose counted columns changed.
  const lock = (rows: string) =>
    `perform 1 from customers where id in (select customer_id from ${rows}) order by id for update;`;
  await run(`create function owner_follow_up_counts_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${lock('new_rows')}
        ${apply([ownerFactsOf('new_rows', 'customers', '1')])}
      elsif tg_op = 'DELETE' then
        ${lock('old_rows')}
        ${apply([ownerFactsOf('old_rows', 'customers', '-1')])}
      else
        ${lock(`(select customer_id from ${changed('o')} o2 union select customer_id from ${changed('n')} n2) moved`)}
        ${apply([ownerFactsOf(changed('o'), 'customers', '-1'), ownerFactsOf(changed('n'), 'customers', '1')])}
      end if;
      return null;
    end $$`);
  const onFollowUps = (event: string, tables: string) =>
    run(`create trigger owner_follow_up_counts_${event} after ${event} on follow_ups referencing ${tables}
      for each statement execute function owner_follow_up_counts_apply()`);
  await onFollowUps('insert', 'new table as new_rows');
  await onFollowUps('update', 'old table as old_rows new table as new_rows');
  await onFollowUps('delete', 'old table as old_rows');

  const moved = (side: 'o' | 'n') =>
    `(select ${side}.id, ${side}.owner_id, ${side}.deleted_at from old_rows o join new_rows n on n.id = o.id
      where ${movesCounts('o', 'n')})`;
  // Most updates of customers move nothing (a follow-up's day, a tag): asked first, because the upsert's plan read
  // every follow-up of the updated customers before it found none had moved (0.8 s for a thousand customers).
  await run(`create function owner_follow_up_counts_customer() returns trigger language plpgsql as $$
    begin
      if exists ${moved('o')} then
        ${apply([ownerFactsOf('follow_ups', moved('o'), '-1'), ownerFactsOf('follow_ups', moved('n'), '1')])}
      end if;
      return null;
    end $$`);
  await run(`create trigger owner_follow_up_counts_customer after update on customers
    referencing old table as old_rows new table as new_rows
    for each statement execute function owner_follow_up_counts_customer()`);
}

export async function up(db: Kysely<any>): Promise<void> {
  // Counted from nothing: a bulk load's recount (analytics/recount.ts) may have written these kinds already.
  await db
    .deleteFrom('follow_up_day_counts')
    .where('kind', 'in', [...OWNER_KINDS])
    .execute();
  await sql.raw(apply([ownerFactsOf('follow_ups', 'customers', '1')])).execute(db);
  if (isPostgres(db)) await triggersPostgres(db);
  else await triggersSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  for (const [name, table] of [
    ['owner_follow_up_counts_insert', 'follow_ups'],
    ['owner_follow_up_counts_update', 'follow_ups'],
    ['owner_follow_up_counts_delete', 'follow_ups'],
    ['owner_follow_up_counts_customer', 'customers'],
  ])
    await sql.raw(`drop trigger ${name}${pg ? ` on ${table}` : ''}`).execute(db);
  if (pg)
    for (const fn of ['apply', 'customer'])
      await sql.raw(`drop function owner_follow_up_counts_${fn}()`).execute(db);
  await db
    .deleteFrom('follow_up_day_counts')
    .where('kind', 'in', [...OWNER_KINDS])
    .execute();
}
