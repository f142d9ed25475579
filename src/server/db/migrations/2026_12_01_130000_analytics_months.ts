import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

// Frozen: month-end figures kept (analytics_months). Health over time and churn look at every customer's history as
// of each month's last day: seconds a month at a million customers. A closed month's figures are computed once and
// kept; triggers drop them when a change dated in or before the month arrives (a follow-up, a won deal, a customer
// binned or handed over, a share), so what is kept always equals a direct count.

interface Source {
  table: string;
  /** The columns whose change matters. */
  columns: string[];
  /** The earliest month a row reaches, as SQL over the row `r` (null when it has none); null: every month. */
  month: ((r: string) => string) | null;
  /** Inserts and deletes matter too (a customer's insert has its own trigger; it leaves the bin for good deleted). */
  rows: boolean;
}

const SOURCES: Source[] = [
  {
    table: 'follow_ups',
    columns: ['day', 'deleted_at', 'customer_id'],
    month: (r) => `substr(${r}.day, 1, 7)`,
    rows: true,
  },
  {
    table: 'deals',
    columns: ['stage_kind', 'closed_date', 'deleted_at', 'customer_id'],
    month: (r) => `substr(${r}.closed_date, 1, 7)`,
    rows: true,
  },
  {
    table: 'customers',
    columns: ['first_won_date'],
    month: (r) => `substr(${r}.first_won_date, 1, 7)`,
    rows: false,
  },
  { table: 'customers', columns: ['deleted_at', 'owner_id'], month: null, rows: false },
  { table: 'customer_shares', columns: ['user_id'], month: null, rows: true },
];

const eventsOf = (source: Source) => (source.rows ? ['insert', 'update', 'delete'] : ['update']);
const triggerName = (source: Source, n: number) => `analytics_months_${source.table}_${n}`;

async function triggersSqlite(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  for (const [n, source] of SOURCES.entries()) {
    const { table, columns, month } = source;
    // A row without a month (an open deal has no closed date) compares with null and drops nothing.
    const dropFor = (r: string) =>
      `delete from analytics_months where workspace_id = ${r}.workspace_id${month ? ` and month >= ${month(r)}` : ''};`;
    const bodies: Record<string, string> = {
      insert: dropFor('new'),
      delete: dropFor('old'),
      update: `${dropFor('old')} ${dropFor('new')}`,
    };
    for (const event of eventsOf(source)) {
      const on =
        event === 'update'
          ? `of ${columns.join(', ')} on ${table} when ${columns.map((c) => `old.${c} is not new.${c}`).join(' or ')}`
          : `on ${table}`;
      await run(
        `create trigger ${triggerName(source, n)}_${event} after ${event} ${on} begin ${bodies[event]} end`,
      );
    }
  }
  // A customer added: the months from its creation on (a day early, for zones behind UTC).
  await run(`create trigger analytics_months_customers_insert after insert on customers
    begin delete from analytics_months where workspace_id = new.workspace_id
      and month >= substr(date(new.created_at, '-1 day'), 1, 7); end`);
}

/** Statement triggers: one delete per statement, from the earliest month its changed rows reach. */
async function triggersPostgres(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const transitions: Record<string, string> = {
    insert: 'new table as new_rows',
    update: 'old table as old_rows new table as new_rows',
    delete: 'old table as old_rows',
  };
  for (const [n, source] of SOURCES.entries()) {
    const { table, columns, month } = source;
    const name = triggerName(source, n);
    const key = table === 'customer_shares' ? ['customer_id', 'user_id'] : ['id'];
    const changed = (side: 'o' | 'n') =>
      `(select ${side}.* from old_rows o join new_rows n on ${key.map((k) => `n.${k} = o.${k}`).join(' and ')}
        where (${columns.map((c) => `o.${c}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c}`).join(', ')}))`;
    const dropFrom = (rows: string[]) => {
      const all = rows
        .map((r) => `select r.workspace_id${month ? `, ${month('r')} as month` : ''} from ${r} r`)
        .join(' union all ');
      const reached = month
        ? `select workspace_id, min(month) as month from (${all}) x where month is not null group by workspace_id`
        : `select distinct workspace_id from (${all}) x`;
      return `delete from analytics_months a using (${reached}) m where a.workspace_id = m.workspace_id${
        month ? ' and a.month >= m.month' : ''
      };`;
    };
    await run(`create function ${name}() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then ${dropFrom(['new_rows'])}
        elsif tg_op = 'DELETE' then ${dropFrom(['old_rows'])}
        else ${dropFrom([changed('o'), changed('n')])}
        end if;
        return null;
      end $$`);
    for (const event of eventsOf(source))
      await run(`create trigger ${name}_${event} after ${event} on ${table}
        referencing ${transitions[event]} for each statement execute function ${name}()`);
  }
  await run(`create function analytics_months_customers_insert() returns trigger language plpgsql as $$
    begin
      delete from analytics_months a using (
        select workspace_id, to_char(min(created_at) - interval '1 day', 'YYYY-MM') as month
        from new_rows group by workspace_id) m
      where a.workspace_id = m.workspace_id and a.month >= m.month;
      return null;
    end $$`);
  await run(`create trigger analytics_months_customers_insert after insert on customers
    referencing new table as new_rows for each statement execute function analytics_months_customers_insert()`);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('analytics_months')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    /** `YYYY-MM`, a month that has ended. */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    /** Whose figures, with the settings they were computed under (analytics/kept-months.ts). */
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('analytics_months_pk', ['workspace_id', 'month', 'report', 'subject'])
    .execute();
  // Churn as of today: the won customers, with the last dates that decide whether they are still active.
  await db.schema
    .createIndex('customers_won_activity_idx')
    .on('customers')
    .columns(['workspace_id', 'first_won_date', 'last_follow_up_day', 'last_won_date', 'owner_id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await createTriggers(db);
}

/** Exported for the down of 2026_12_01_140000, which replaces these triggers. */
export async function createTriggers(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await triggersPostgres(db);
  else await triggersSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const triggers: [string, string][] = [['analytics_months_customers_insert', 'customers']];
  for (const [n, source] of SOURCES.entries())
    for (const event of eventsOf(source)) triggers.push([`${triggerName(source, n)}_${event}`, source.table]);
  for (const [name, table] of triggers)
    await sql.raw(`drop trigger ${name}${pg ? ` on ${table}` : ''}`).execute(db);
  if (pg) {
    await sql.raw('drop function analytics_months_customers_insert()').execute(db);
    for (const [n, source] of SOURCES.entries())
      await sql.raw(`drop function ${triggerName(source, n)}()`).execute(db);
  }
  await db.schema.dropIndex('customers_won_activity_idx').execute();
  await db.schema.dropTable('analytics_months').execute();
}
