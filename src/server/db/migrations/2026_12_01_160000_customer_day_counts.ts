import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

// Frozen: the dashboard's figures of today at a million customers. Health (how many were last followed up within 30
// and 60 days) and the agreed dates still waiting (next_due_date in a period) were range counts over a hundred
// thousand index entries or more; customer_counts now also keeps the live customers per last follow-up day and per
// next agreed date, so each reads at most a period's days. These dimensions have their own triggers: only a change
// of those two days (or of the recycle bin) touches them, and the counts the customer list reads stay as they were.

/** (dimension, column): names in customer_counts beside those of GET /customers/counts. */
const DAYS: [string, string][] = [
  ['lastFollowUpDay', 'last_follow_up_day'],
  ['nextDueDate', 'next_due_date'],
];
const WATCHED = ['deleted_at', ...DAYS.map(([, column]) => column)];
const UPSERT = `on conflict (workspace_id, dimension, key) do update set n = customer_counts.n + excluded.n`;

/** A customer's rows of these dimensions (none for a day it has not got). */
const daysOf = (alias: string) =>
  DAYS.map(
    ([name, column]) =>
      `select ${alias}.workspace_id as workspace_id, '${name}' as dimension, ${alias}.${column} as key
       where ${alias}.${column} is not null`,
  ).join(' union all ');

async function triggersSqlite(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const add = (alias: 'new' | 'old', delta: 1 | -1) =>
    `insert into customer_counts (workspace_id, dimension, key, n)
     select workspace_id, dimension, key, ${delta} from (${daysOf(alias)}) where ${alias}.deleted_at is null ${UPSERT};`;
  await run(`create trigger customer_day_counts_insert after insert on customers begin ${add('new', 1)} end`);
  await run(
    `create trigger customer_day_counts_delete after delete on customers begin ${add('old', -1)} end`,
  );
  await run(`create trigger customer_day_counts_update after update of ${WATCHED.join(', ')} on customers
    when ${WATCHED.map((c) => `old.${c} is not new.${c}`).join(' or ')}
    begin ${add('old', -1)} ${add('new', 1)} end`);
}

/** One grouped upsert per statement, rows in key order (as customer_counts' own triggers). */
async function triggersPostgres(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const deltas = (rows: string, delta: 1 | -1) =>
    `select d.workspace_id, d.dimension, d.key, ${delta} as delta from ${rows} c
     cross join lateral (${daysOf('c')}) d where c.deleted_at is null`;
  const changed = (side: 'o' | 'n') =>
    `(select ${side}.* from old_rows o join new_rows n on n.id = o.id
      where (${WATCHED.map((c) => `o.${c}`).join(', ')}) is distinct from (${WATCHED.map((c) => `n.${c}`).join(', ')}))`;
  const apply = (parts: string[]) =>
    `insert into customer_counts (workspace_id, dimension, key, n)
     select workspace_id, dimension, key, sum(delta) from (${parts.join(' union all ')}) x
     group by 1, 2, 3 having sum(delta) <> 0 order by 1, 2, 3 ${UPSERT};`;
  await run(`create function customer_day_counts_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then ${apply([deltas('new_rows', 1)])}
      elsif tg_op = 'DELETE' then ${apply([deltas('old_rows', -1)])}
      else ${apply([deltas(changed('n'), 1), deltas(changed('o'), -1)])}
      end if;
      return null;
    end $$`);
  const tables: Record<string, string> = {
    insert: 'new table as new_rows',
    update: 'old table as old_rows new table as new_rows',
    delete: 'old table as old_rows',
  };
  for (const [event, referencing] of Object.entries(tables))
    await run(`create trigger customer_day_counts_${event} after ${event} on customers referencing ${referencing}
      for each statement execute function customer_day_counts_apply()`);
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, column] of DAYS)
    await sql
      .raw(
        `insert into customer_counts (workspace_id, dimension, key, n)
         select workspace_id, '${name}', ${column}, count(*) from customers
         where deleted_at is null and ${column} is not null group by 1, 3`,
      )
      .execute(db);
  if (isPostgres(db)) await triggersPostgres(db);
  else await triggersSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  for (const event of ['insert', 'update', 'delete'])
    await sql.raw(`drop trigger customer_day_counts_${event}${pg ? ' on customers' : ''}`).execute(db);
  if (pg) await sql.raw('drop function customer_day_counts_apply()').execute(db);
  await db
    .deleteFrom('customer_counts')
    .where(
      'dimension',
      'in',
      DAYS.map(([name]) => name),
    )
    .execute();
}
