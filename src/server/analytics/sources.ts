import { sql } from 'kysely';
import { instantRange, type DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import type { TFollowUpCountKind } from './analytics.table';
import { visibleCustomer, type AnalyticsContext } from './analytics-context';

// The records the figures are counted from, each written once so that a report and the dashboard cannot disagree
// on what "won in the period" or "a follow-up in the period" means.

/** What every report says about itself: the period and whose numbers. */
export function reportHead(ctx: AnalyticsContext) {
  return {
    period: { kind: ctx.kind, current: ctx.current },
    subject: { userId: ctx.userId, name: ctx.userName },
  };
}

/**
 * A grouping key that no index can hand over in order: given a bare column, SQLite walks that column's index to skip
 * the sort and reads every row of the table (seconds at a million), where the range's own index answers alone.
 * Empty stands for none.
 */
export const groupKey = (column: string) => sql<string>`coalesce(${sql.ref(column)}, '')`;

/** A won deal's amount: the actual one, else the expected one. */
export const WON_AMOUNT = sql<number>`coalesce(deals.actual_amount, deals.expected_amount, 0)`;

/**
 * 成交: deals won now with a closed date in the range, of customers the caller may see; a member's are those they
 * own (`byMember` false: everyone's, for a report that groups by owner). A deal reopened after won is open again.
 */
export function wonDealsIn(db: DB, ctx: AnalyticsContext, range: DayRange, byMember = true) {
  const q = db
    .selectFrom('deals')
    .where('deals.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('deals.deleted_at', 'is', null)
    .where('deals.stage_kind', '=', 'won')
    .where('deals.closed_date', '>=', range.from)
    .where('deals.closed_date', '<=', range.to)
    .where(visibleCustomer(db, ctx, 'deals.customer_id'));
  return byMember && ctx.userId ? q.where('deals.owner_id', '=', ctx.userId) : q;
}

/** 跟进: follow-ups on customers the caller may see; a member's are those they logged. */
export function visibleFollowUps(db: DB, ctx: AnalyticsContext, byMember = true) {
  const q = db
    .selectFrom('follow_ups')
    .where('follow_ups.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('follow_ups.deleted_at', 'is', null)
    .where(visibleCustomer(db, ctx, 'follow_ups.customer_id'));
  return byMember && ctx.userId ? q.where('follow_ups.user_id', '=', ctx.userId) : q;
}

/**
 * Those on the days of the range. The instants bound them first: a customer's follow-ups of those days are then one
 * stretch of follow_ups_customer_idx (customer, at) when a member's customers drive the lookup.
 */
export function followUpsOn(db: DB, ctx: AnalyticsContext, range: DayRange, byMember = true) {
  const { from, before } = instantRange(range, ctx.timeZone);
  return visibleFollowUps(db, ctx, byMember)
    .where('follow_ups.at', '>=', from)
    .where('follow_ups.at', '<', before)
    .where('follow_ups.day', '>=', range.from)
    .where('follow_ups.day', '<=', range.to);
}

/**
 * The same follow-ups as counted per day by triggers (follow_up_day_counts): logged on a day of the range and, by
 * their agreed date, due on one. Only for a caller who sees the whole workspace. `by` picks the counts kept apart
 * by member, by method or both; with a member chosen, their own (`byMember` false: everyone's, for the leaderboard).
 */
export function followUpDayCounts(
  db: DB,
  ctx: AnalyticsContext,
  range: DayRange,
  { byMember = true, byMethod = false }: { byMember?: boolean; byMethod?: boolean } = {},
) {
  const member = byMember ? ctx.userId : null;
  const perUser = !byMember || member !== null;
  const kind: TFollowUpCountKind = perUser
    ? byMethod
      ? 'user_method'
      : 'user'
    : byMethod
      ? 'method'
      : 'all';
  const q = db
    .selectFrom('follow_up_day_counts')
    .where('follow_up_day_counts.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('follow_up_day_counts.kind', '=', kind)
    .where('follow_up_day_counts.day', '>=', range.from)
    .where('follow_up_day_counts.day', '<=', range.to);
  return member ? q.where('follow_up_day_counts.user_id', '=', member) : q;
}

/**
 * A live follow-up of the outer query's customer at an instant in [from, before): one index seek
 * (follow_ups_customer_idx), where a day range would read each of the customer's follow-ups.
 */
export function followUpBetween(db: DB, from: string, before: string) {
  return db
    .selectFrom('follow_ups')
    .select('follow_ups.id')
    .where('follow_ups.customer_id', '=', sql.ref<string>('customers.id'))
    .where('follow_ups.deleted_at', 'is', null)
    .where('follow_ups.at', '>=', from)
    .where('follow_ups.at', '<', before);
}

/** 回款: payments received on the days of the range, on customers the caller may see (every owner's). */
export function paymentsOn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  return db
    .selectFrom('payments')
    .where('payments.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('payments.deleted_at', 'is', null)
    .where('payments.paid_on', '>=', range.from)
    .where('payments.paid_on', '<=', range.to)
    .where(visibleCustomer(db, ctx, 'payments.customer_id'));
}
