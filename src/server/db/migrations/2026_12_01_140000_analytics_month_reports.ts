import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { createTriggers } from './2026_12_01_130000_analytics_months';

// Frozen: kept months (analytics_months) for more reports, each dropped only by the changes that reach it. The first
// triggers (2026_12_01_130000) dropped every report of the workspace from the earliest month a change reached: right
// for health and churn, which look at each customer's history as of a month's end, but a funnel or a month's closed
// deals only change in the months the changed row belongs to, and a deal moved today must not throw away a year of
// health. Those triggers are replaced by the ones below, which also name the reports and months they drop.

type Months = { first: string; last: string | null };

export interface Source {
  table: string;
  /** The columns whose change matters (an update of others drops nothing). */
  columns: string[];
  /** Inserts and deletes matter too. */
  rows: boolean;
  /** The reports it reaches; null: every report. */
  reports: string[] | null;
  /** The months a row `r` reaches, as SQL ('YYYY-MM'; a null first reaches none; a null last: every later one); null: all. */
  months: ((r: string, pg: boolean) => Months) | null;
  /** Only figures counted for one member (their own customers, or a member chosen): an owner's whole workspace stays. */
  membersOnly?: boolean;
}

const month = (day: string) => `substr(${day}, 1, 7)`;
/** A day's month and later ones: what happened by a month's end decides health and churn. */
const fromDay = (column: string) => (r: string) => ({ first: month(`${r}.${column}`), last: null });
/** Only the month of a day: what is counted by the day it happened on. */
export const inMonth = (column: string) => (r: string) => ({
  first: month(`${r}.${column}`),
  last: month(`${r}.${column}`),
});
/** The month of a day and that of the day `days` later (the methods report looks 30 days back from a closing day). */
const dayAndAfter = (column: string, days: number) => (r: string, pg: boolean) => ({
  first: month(`${r}.${column}`),
  last: pg
    ? `to_char(${r}.${column}::date + ${days}, 'YYYY-MM')`
    : month(`date(${r}.${column}, '+${days} days')`),
});
/** The months an instant may fall in, whatever the workspace's time zone (a day either side). */
const aroundInstant = (instant: (r: string) => string) => (r: string, pg: boolean) => {
  const shifted = (sign: '-' | '+') =>
    pg
      ? `to_char(${instant(r)} ${sign} interval '1 day', 'YYYY-MM')`
      : month(`date(${instant(r)}, '${sign}1 day')`);
  return { first: shifted('-'), last: shifted('+') };
};
const dealCreated = (r: string) => `(select d.created_at from deals d where d.id = ${r}.deal_id)`;

/** What a kept month depends on, report by report (analytics/*.report.ts say what they count). */
const SOURCES: Source[] = [
  // Health and churn: every customer's activity as of a month's end.
  {
    table: 'follow_ups',
    columns: ['day', 'deleted_at', 'customer_id'],
    rows: true,
    reports: ['health', 'churn'],
    months: fromDay('day'),
  },
  {
    table: 'deals',
    columns: ['stage_kind', 'closed_date', 'deleted_at', 'customer_id'],
    rows: true,
    // 复购: whether a month's buyer had bought before, by its end.
    reports: ['churn', 'repurchase'],
    months: fromDay('closed_date'),
  },
  {
    table: 'customers',
    columns: ['first_won_date'],
    rows: false,
    reports: ['churn'],
    months: fromDay('first_won_date'),
  },
  // 跟进方式转化: deals closed in a month, by the methods of their customer's follow-ups in the 30 days before.
  {
    table: 'follow_ups',
    columns: ['day', 'deleted_at', 'customer_id', 'method', 'user_id'],
    rows: true,
    reports: ['methods'],
    months: dayAndAfter('day', 31),
  },
  // The dashboard's figures by month (新增, 成交, 跟进, 回款), the leaderboard's by member and 客单价: what happened in a
  // month.
  {
    table: 'deals',
    columns: [
      'stage_kind',
      'closed_date',
      'deleted_at',
      'customer_id',
      'owner_id',
      'actual_amount',
      'expected_amount',
    ],
    rows: true,
    reports: ['methods', 'figures', 'leaderboard', 'repurchase', 'order-value'],
    months: inMonth('closed_date'),
  },
  {
    table: 'follow_ups',
    columns: ['day', 'deleted_at', 'customer_id', 'user_id'],
    rows: true,
    reports: ['figures', 'leaderboard'],
    months: inMonth('day'),
  },
  {
    table: 'payments',
    columns: ['paid_on', 'amount', 'deleted_at', 'customer_id', 'project_id'],
    rows: true,
    reports: ['figures', 'leaderboard'],
    months: inMonth('paid_on'),
  },
  // 回款 is a member's by the projects they own.
  {
    table: 'projects',
    columns: ['owner_id'],
    rows: false,
    reports: ['figures', 'leaderboard'],
    months: null,
  },
  // 成交周期: customers by the month of their first won deal, from their first contact.
  {
    table: 'customers',
    columns: ['first_won_date', 'industry', 'first_contact_date'],
    rows: false,
    reports: ['cycle'],
    months: inMonth('first_won_date'),
  },
  // 来源渠道: customers by the month they were added, by channel, and whether they have bought.
  {
    table: 'customers',
    columns: ['source_channel', 'first_won_date'],
    rows: false,
    reports: ['channels'],
    months: aroundInstant((r) => `${r}.created_at`),
  },
  // New customers by their owner now.
  {
    table: 'customers',
    columns: ['owner_id'],
    rows: false,
    reports: ['leaderboard'],
    months: aroundInstant((r) => `${r}.created_at`),
  },
  // 转化漏斗: the deals created in a month and every stage they went through since.
  {
    table: 'deals',
    columns: ['stage', 'stage_kind', 'loss_reason', 'deleted_at', 'owner_id', 'pipeline_id', 'customer_id'],
    rows: true,
    reports: ['funnel'],
    months: aroundInstant((r) => `${r}.created_at`),
  },
  {
    table: 'deal_stage_changes',
    columns: ['deal_id', 'from_stage', 'to_stage', 'at'],
    rows: true,
    reports: ['funnel'],
    months: aroundInstant(dealCreated),
  },
  // Everyone's figures: a customer into or out of the recycle bin leaves or joins every count. (A customer added
  // drops every report from its month on: the trigger of 2026_12_01_130000, which stays.)
  { table: 'customers', columns: ['deleted_at'], rows: false, reports: null, months: null },
  // A member's figures: their customers change with a hand-over or a share.
  { table: 'customers', columns: ['owner_id'], rows: false, reports: null, months: null, membersOnly: true },
  {
    table: 'customer_shares',
    columns: ['user_id'],
    rows: true,
    reports: null,
    months: null,
    membersOnly: true,
  },
];

/** An owner's whole-workspace subject (analytics/kept-months.ts: [scope, member, time zone, settings]). */
const WHOLE_WORKSPACE = `'["all",null,%'`;

const eventsOf = (source: Source) => (source.rows ? ['insert', 'update', 'delete'] : ['update']);
const nameOf = (source: Source, n: number) => `analytics_kept_${source.table}_${n}`;

/** Later migrations add sources with their own numbers (the name of a trigger is its table and number). */
export type NumberedSource = [n: number, source: Source];
const numbered = (sources: Source[]): NumberedSource[] => [...sources.entries()];

/** The conditions on analytics_months (alias `a`) other than the workspace and the months. */
function reach(source: Source) {
  const reports = source.reports
    ? ` and a.report in (${source.reports.map((r) => `'${r}'`).join(', ')})`
    : '';
  return `${reports}${source.membersOnly ? ` and a.subject not like ${WHOLE_WORKSPACE}` : ''}`;
}

async function triggersSqlite(db: Kysely<any>, sources: NumberedSource[]): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  for (const [n, source] of sources) {
    const { table, columns } = source;
    // A row without a month (an open deal has no closed date) compares with null and drops nothing.
    const dropFor = (r: string) => {
      const m = source.months?.(r, false);
      const months = m ? ` and a.month >= ${m.first}${m.last ? ` and a.month <= ${m.last}` : ''}` : '';
      return `delete from analytics_months as a where a.workspace_id = ${r}.workspace_id${months}${reach(source)};`;
    };
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
        `create trigger ${nameOf(source, n)}_${event} after ${event} ${on} begin ${bodies[event]} end`,
      );
    }
  }
}

/** Statement triggers: one delete per statement, over the distinct months its changed rows reach. */
async function triggersPostgres(db: Kysely<any>, sources: NumberedSource[]): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const transitions: Record<string, string> = {
    insert: 'new table as new_rows',
    update: 'old table as old_rows new table as new_rows',
    delete: 'old table as old_rows',
  };
  for (const [n, source] of sources) {
    const { table, columns } = source;
    const name = nameOf(source, n);
    const key = table === 'customer_shares' ? ['customer_id', 'user_id'] : ['id'];
    const changed = (side: 'o' | 'n') =>
      `(select ${side}.* from old_rows o join new_rows n on ${key.map((k) => `n.${k} = o.${k}`).join(' and ')}
        where (${columns.map((c) => `o.${c}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c}`).join(', ')}))`;
    const dropFrom = (rows: string[]) => {
      const m = source.months?.('r', true);
      const picked = m
        ? `r.workspace_id, ${m.first} as first, ${m.last ?? 'null::text'} as last`
        : 'r.workspace_id';
      const reached = rows.map((r) => `select ${picked} from ${r} r`).join(' union ');
      const months = m ? ' and a.month >= m.first and (m.last is null or a.month <= m.last)' : '';
      return `delete from analytics_months a using (${reached}) m where a.workspace_id = m.workspace_id${months}${reach(source)};`;
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
}

/** The triggers of 2026_12_01_130000, which dropped every report; the customer insert trigger stays. */
const FIRST_TRIGGERS: [string, string, string[]][] = [
  ['analytics_months_follow_ups_0', 'follow_ups', ['insert', 'update', 'delete']],
  ['analytics_months_deals_1', 'deals', ['insert', 'update', 'delete']],
  ['analytics_months_customers_2', 'customers', ['update']],
  ['analytics_months_customers_3', 'customers', ['update']],
  ['analytics_months_customer_shares_4', 'customer_shares', ['insert', 'update', 'delete']],
];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  for (const [name, table, events] of FIRST_TRIGGERS) {
    for (const event of events)
      await sql.raw(`drop trigger ${name}_${event}${pg ? ` on ${table}` : ''}`).execute(db);
    if (pg) await sql.raw(`drop function ${name}()`).execute(db);
  }
  // What the first triggers would have kept is still right; months kept from here on follow the new ones.
  await createSourceTriggers(db, numbered(SOURCES));
}

/** The triggers that drop the kept months a change to these sources reaches. */
export async function createSourceTriggers(db: Kysely<any>, sources: NumberedSource[]): Promise<void> {
  if (isPostgres(db)) await triggersPostgres(db, sources);
  else await triggersSqlite(db, sources);
}

export async function dropSourceTriggers(db: Kysely<any>, sources: NumberedSource[]): Promise<void> {
  const pg = isPostgres(db);
  for (const [n, source] of sources) {
    const name = nameOf(source, n);
    for (const event of eventsOf(source))
      await sql.raw(`drop trigger ${name}_${event}${pg ? ` on ${source.table}` : ''}`).execute(db);
    if (pg) await sql.raw(`drop function ${name}()`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await dropSourceTriggers(db, numbered(SOURCES));
  // createTriggers makes the customer insert trigger as well, which up() left in place.
  await sql.raw(`drop trigger analytics_months_customers_insert${pg ? ' on customers' : ''}`).execute(db);
  if (pg) await sql.raw('drop function analytics_months_customers_insert()').execute(db);
  await db.deleteFrom('analytics_months').execute();
  await createTriggers(db);
}
