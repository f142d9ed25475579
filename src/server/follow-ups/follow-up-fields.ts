import { sql, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { TCadenceRule } from '../../domain/cadence';
import { isPostgres, leastOf, localDay, plusDays } from '../db/dialect';
import type { Database, DB } from '../db/schema';
import type { WorkspaceSettings } from '../workspaces/workspace-settings';

/**
 * What a customer derives from its follow-ups and the cadence, stored on the row so that lists and Today filter and
 * sort by it at a million rows: the last follow-up (instant, day, method), the explicit next date of the latest
 * follow-up, the tightest matching cadence, and the next due date (`nextDueDate` in domain/cadence.ts, in SQL).
 * Set-based, so one statement serves one customer after a follow-up and every customer after a cadence change.
 * Only rows whose values change are written: a cadence change leaves most customers' dates as they were, and
 * rewriting an unchanged row still costs a new row and index entries (in PostgreSQL, in every index of the table).
 * The version is left alone: a colleague logging a call must not make someone's open edit of the card stale.
 */
export async function refreshFollowUpFields(
  db: DB,
  workspaceId: string,
  settings: Pick<WorkspaceSettings, 'cadence' | 'timeZone'>,
  customerIds: readonly string[] | 'all',
  what: { followUps: boolean } = { followUps: true },
): Promise<void> {
  if (customerIds !== 'all' && customerIds.length === 0) return;
  const which = (eb: ExpressionBuilder<Database, 'customers'>) =>
    customerIds === 'all'
      ? eb('workspace_id', '=', workspaceId)
      : eb.and([eb('workspace_id', '=', workspaceId), eb('id', 'in', customerIds)]);
  const pg = isPostgres(db);
  const differs = (column: string, value: RawBuilder<unknown>) =>
    pg
      ? sql<SqlBool>`${sql.ref(column)} is distinct from ${value}`
      : sql<SqlBool>`${sql.ref(column)} is not ${value}`;
  if (what.followUps) {
    // The latest live follow-up's four columns from one index lookup, as a row value.
    const columns = sql`(last_follow_up_at, last_follow_up_day, last_follow_up_method, next_follow_up_date)`;
    const latest = (values: RawBuilder<unknown>) =>
      sql`(select ${values} from follow_ups f where f.customer_id = customers.id and f.deleted_at is null
        order by f.at desc, f.id desc limit 1)`;
    const fields = sql`f.at, f.day, f.method, f.next_date`;
    // PostgreSQL compares the row with a record, which is null for a customer without follow-ups.
    const changed = pg
      ? sql<SqlBool>`${columns} is distinct from ${latest(sql`(${fields})`)} and (last_follow_up_at is not null
          or exists (select 1 from follow_ups f where f.customer_id = customers.id and f.deleted_at is null))`
      : sql<SqlBool>`${columns} is not ${latest(fields)}`;
    await db
      .updateTable('customers')
      .set(columns as never, latest(fields) as never)
      .where(which)
      .where(changed)
      .execute();
  }
  // Cadence and due date in one statement, so a changed row gets one new version, not two. The due date reads the
  // cadence as computed here, not the column's old value.
  const cadence = cadenceDaysSql(db, settings.cadence);
  const derived = sql<string | null>`coalesce(next_follow_up_date, case
    when ${cadence} is null then null
    when last_follow_up_day is null then ${localDay(db, sql.ref('created_at'), settings.timeZone)}
    else ${plusDays(db, sql.ref('last_follow_up_day'), cadence)} end)`;
  // Snoozed on Today: not due before the chosen day (dates compare as text).
  const due = sql<
    string | null
  >`case when snoozed_until is not null and (${derived} is null or ${derived} < snoozed_until)
    then snoozed_until else ${derived} end`;
  await db
    .updateTable('customers')
    .set({ cadence_days: cadence, next_due_date: due })
    .where(which)
    .where((eb) => eb.or([differs('cadence_days', cadence), differs('next_due_date', due)]))
    .execute();
}

/** The tightest interval among the rules that match the row, as SQL (`cadenceOf` in domain/cadence.ts). */
function cadenceDaysSql(db: DB, rules: readonly TCadenceRule[]): RawBuilder<number | null> {
  return leastOf(
    db,
    rules.map((rule) => {
      const matches =
        rule.grade !== undefined
          ? sql`grade = ${rule.grade}`
          : rule.stage !== undefined
            ? sql`stage = ${rule.stage}`
            : sql`exists (select 1 from customer_tags t where t.customer_id = customers.id and t.tag = ${rule.tag ?? ''})`;
      return sql`case when ${matches} then ${sql.lit(rule.days)} end`;
    }),
  );
}

/** A new follow-up ends a snooze: the customer is due again by its cadence or explicit date. */
export async function clearSnooze(db: DB, customerId: string): Promise<void> {
  await db
    .updateTable('customers')
    .set({ snoozed_until: null })
    .where('id', '=', customerId)
    .where('snoozed_until', 'is not', null)
    .execute();
}
