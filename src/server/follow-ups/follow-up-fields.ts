import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { TCadenceRule } from '../../domain/cadence';
import { leastOf, localDay, plusDays } from '../db/dialect';
import type { Database, DB } from '../db/schema';
import type { WorkspaceSettings } from '../workspaces/workspace-settings';

/**
 * What a customer derives from its follow-ups and the cadence, stored on the row so that lists and Today filter and
 * sort by it at a million rows: the last follow-up (instant, day, method), the explicit next date of the latest
 * follow-up, the tightest matching cadence, and the next due date (`nextDueDate` in domain/cadence.ts, in SQL).
 * Set-based, so one statement serves one customer after a follow-up and every customer after a cadence change.
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
  if (what.followUps) {
    const latest = (column: string) =>
      sql`(select ${sql.ref(`f.${column}`)} from follow_ups f where f.customer_id = customers.id and f.deleted_at is null order by f.at desc, f.id desc limit 1)`;
    await db
      .updateTable('customers')
      .set({
        last_follow_up_at: latest('at') as RawBuilder<string>,
        last_follow_up_day: latest('day') as RawBuilder<string>,
        last_follow_up_method: latest('method') as RawBuilder<string>,
        next_follow_up_date: latest('next_date') as RawBuilder<string>,
      })
      .where(which)
      .execute();
  }
  await db
    .updateTable('customers')
    .set({ cadence_days: cadenceDaysSql(db, settings.cadence) })
    .where(which)
    .execute();
  const derived = sql<string | null>`coalesce(next_follow_up_date, case
    when cadence_days is null then null
    when last_follow_up_day is null then ${localDay(db, sql.ref('created_at'), settings.timeZone)}
    else ${plusDays(db, sql.ref('last_follow_up_day'), sql.ref('cadence_days'))} end)`;
  // Snoozed on Today: not due before the chosen day (dates compare as text).
  const due = sql<
    string | null
  >`case when snoozed_until is not null and (${derived} is null or ${derived} < snoozed_until)
    then snoozed_until else ${derived} end`;
  await db.updateTable('customers').set({ next_due_date: due }).where(which).execute();
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
