import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: the customer list at a million rows. List indexes cover only live rows (the recycle bin is never listed),
// every sortable column has one, and customer_counts keeps per-dimension totals that triggers maintain, so the
// list's total and the counts by source, grade, owner … need no scan.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const FILTER_COLUMNS = ['owner_id', 'grade', 'type', 'status', 'stage', 'source_channel', 'industry', 'city'];
const SORT_COLUMNS = ['sort_name', 'last_follow_up_at', 'updated_at', 'score', 'first_contact_date'];

/** The counted dimensions as (name, column): the names are those of GET /customers/counts?by=. */
const DIMENSIONS: [string, string | null][] = [
  ['all', null],
  ['sourceChannel', 'source_channel'],
  ['industry', 'industry'],
  ['type', 'type'],
  ['status', 'status'],
  ['stage', 'stage'],
  ['grade', 'grade'],
  ['city', 'city'],
  ['owner', 'owner_id'],
];

/** One row per dimension of customer `alias`: (dimension, key), with '' for an empty value. */
function dimensionsOf(alias: string, pg: boolean): string {
  const rows = DIMENSIONS.map(([name, column]) => [
    `'${name}'`,
    column ? `coalesce(${alias}.${column}, '')` : `''`,
  ]);
  if (pg) return `(values ${rows.map((r) => `(${r.join(', ')})`).join(', ')}) as d(dimension, key)`;
  return `(${rows.map(([d, k], i) => (i ? `select ${d}, ${k}` : `select ${d} as dimension, ${k} as key`)).join(' union all ')})`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const live = sql.ref('deleted_at');

  for (const column of FILTER_COLUMNS) {
    await db.schema.dropIndex(`customers_${column}_idx`).execute();
  }
  await db.schema.dropIndex('customers_sort_name_idx').execute();
  await db.schema.dropIndex('customers_last_follow_up_idx').execute();
  await db.schema
    .createIndex('customers_live_idx')
    .on('customers')
    .columns(['workspace_id', 'id'])
    .where(live, 'is', null)
    .execute();
  for (const column of [...FILTER_COLUMNS, ...SORT_COLUMNS]) {
    await db.schema
      .createIndex(`customers_${column}_idx`)
      .on('customers')
      .columns(['workspace_id', column, 'id'])
      .where(live, 'is', null)
      .execute();
  }
  await db.schema.dropIndex('customer_shares_user_idx').execute();
  await db.schema
    .createIndex('customer_shares_user_idx')
    .on('customer_shares')
    .columns(['workspace_id', 'user_id', 'customer_id'])
    .execute();

  await db.schema
    .createTable('customer_counts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_counts_pk', ['workspace_id', 'dimension', 'key'])
    .execute();
  for (const [name, column] of DIMENSIONS) {
    await sql
      .raw(
        `insert into customer_counts (workspace_id, dimension, key, n)
         select workspace_id, '${name}', ${column ? `coalesce(${column}, '')` : `''`}, count(*) from customers
         where deleted_at is null group by 1, 3`,
      )
      .execute(db);
  }
  if (pg) await countTriggersPostgres(db);
  else await countTriggersSqlite(db);
}

const UPSERT = `on conflict (workspace_id, dimension, key) do update set n = customer_counts.n + excluded.n`;

/** Row triggers: SQLite has one writer, so the order of the upserts cannot deadlock. */
async function countTriggersSqlite(db: Kysely<any>): Promise<void> {
  const add = (alias: 'new' | 'old', delta: 1 | -1) =>
    `insert into customer_counts (workspace_id, dimension, key, n)
     select ${alias}.workspace_id, dimension, key, ${delta} from ${dimensionsOf(alias, false)}
     where ${alias}.deleted_at is null ${UPSERT};`;
  const watched = ['deleted_at', ...DIMENSIONS.flatMap(([, c]) => (c ? [c] : []))].join(', ');
  await sql
    .raw(`create trigger customers_counts_insert after insert on customers begin ${add('new', 1)} end`)
    .execute(db);
  await sql
    .raw(`create trigger customers_counts_delete after delete on customers begin ${add('old', -1)} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger customers_counts_update after update of ${watched} on customers
       begin ${add('old', -1)} ${add('new', 1)} end`,
    )
    .execute(db);
}

/**
 * Statement triggers with transition tables: one grouped upsert per statement (a bulk update of 10,000 customers
 * is one upsert), and the rows locked in (dimension, key) order, so concurrent writers cannot deadlock here.
 */
async function countTriggersPostgres(db: Kysely<any>): Promise<void> {
  const deltas = (table: string, delta: 1 | -1) =>
    `select c.workspace_id, d.dimension, d.key, ${delta} as delta from ${table} c cross join lateral ${dimensionsOf('c', true)} where c.deleted_at is null`;
  const apply = (parts: string[]) =>
    `insert into customer_counts (workspace_id, dimension, key, n)
     select workspace_id, dimension, key, sum(delta) from (${parts.join(' union all ')}) x
     group by 1, 2, 3 having sum(delta) <> 0 order by 1, 2, 3 ${UPSERT};`;
  await sql
    .raw(
      `create function customer_counts_apply() returns trigger language plpgsql as $$
       begin
         if tg_op = 'INSERT' then ${apply([deltas('new_rows', 1)])}
         elsif tg_op = 'DELETE' then ${apply([deltas('old_rows', -1)])}
         else ${apply([deltas('new_rows', 1), deltas('old_rows', -1)])}
         end if;
         return null;
       end $$`,
    )
    .execute(db);
  const trigger = (event: string, tables: string) =>
    sql
      .raw(
        `create trigger customers_counts_${event} after ${event} on customers referencing ${tables}
         for each statement execute function customer_counts_apply()`,
      )
      .execute(db);
  await trigger('insert', 'new table as new_rows');
  await trigger('update', 'old table as old_rows new table as new_rows');
  await trigger('delete', 'old table as old_rows');
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger customers_counts_${event}${pg ? ' on customers' : ''}`).execute(db);
  }
  if (pg) await sql`drop function customer_counts_apply()`.execute(db);
  await db.schema.dropTable('customer_counts').execute();
  await db.schema.dropIndex('customer_shares_user_idx').execute();
  await db.schema
    .createIndex('customer_shares_user_idx')
    .on('customer_shares')
    .columns(['workspace_id', 'user_id'])
    .execute();
  await db.schema.dropIndex('customers_live_idx').execute();
  for (const column of [...FILTER_COLUMNS, ...SORT_COLUMNS]) {
    await db.schema.dropIndex(`customers_${column}_idx`).execute();
  }
  for (const column of FILTER_COLUMNS) {
    await db.schema
      .createIndex(`customers_${column}_idx`)
      .on('customers')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }
  await db.schema
    .createIndex('customers_sort_name_idx')
    .on('customers')
    .columns(['workspace_id', 'sort_name', 'id'])
    .execute();
  await db.schema
    .createIndex('customers_last_follow_up_idx')
    .on('customers')
    .columns(['workspace_id', 'last_follow_up_at', 'id'])
    .execute();
}
