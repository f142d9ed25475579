import { sql } from 'kysely';
import type { TAnalyticsQuery } from '../../domain/analytics';
import type { TChurnReport } from '../../domain/analytics-reports';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import { reportHead } from './sources';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { monthsOf, type MonthSpan } from './months';

/**
 * 流失: a won customer with neither a won deal nor a follow-up for this many days. Half a year is the seeds' rule of
 * thumb for a service bought once or twice a year; the web shows the number from the response, so change it here only.
 */
export const CHURN_INACTIVE_DAYS = 180;

/** 流失率 by month: of the customers won before the month, those inactive as of its last day. */
export async function churnReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TChurnReport> {
  const ctx = await analyticsContext(db, reader, query);
  const months = await Promise.all(
    monthsOf(ctx.current).map(async (span) => {
      const { base, churned } = await churnIn(db, ctx, span);
      return { ...span, base, churned, rate: base ? churned / base : null };
    }),
  );
  return {
    ...reportHead(ctx),
    definition: { inactiveDays: CHURN_INACTIVE_DAYS },
    months,
  };
}

/**
 * Activity is read from the deals' closed dates and the follow-ups' days up to the month's last day, not from the
 * customer's stored last dates, so a follow-up logged today does not rewrite past months. Customers are those live
 * now (a deleted one leaves every month) and, for one member's numbers, owned by them now.
 */
async function churnIn(db: DB, ctx: AnalyticsContext, span: MonthSpan) {
  // "More than 180 days before the last day": activity on this day or later keeps the customer.
  const activeFrom = addDays(span.to, -CHURN_INACTIVE_DAYS);
  let q = scopeCustomers(db.selectFrom('customers'), ctx.reader.scope).where(
    'customers.first_won_date',
    '<',
    span.from,
  );
  if (ctx.userId) q = q.where('customers.owner_id', '=', ctx.userId);
  const wonLately = db
    .selectFrom('deals')
    .select('deals.id')
    .where('deals.customer_id', '=', sql.ref<string>('customers.id'))
    .where('deals.deleted_at', 'is', null)
    .where('deals.stage_kind', '=', 'won')
    .where('deals.closed_date', '>=', activeFrom)
    .where('deals.closed_date', '<=', span.to);
  const followedLately = db
    .selectFrom('follow_ups')
    .select('follow_ups.id')
    .where('follow_ups.customer_id', '=', sql.ref<string>('customers.id'))
    .where('follow_ups.deleted_at', 'is', null)
    .where('follow_ups.day', '>=', activeFrom)
    .where('follow_ups.day', '<=', span.to);
  const row = await q
    .select((eb) => [
      eb.fn.countAll<number>().as('base'),
      sql<number>`count(case when ${eb.and([eb.not(eb.exists(wonLately)), eb.not(eb.exists(followedLately))])} then 1 end)`.as(
        'churned',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { base: Number(row.base), churned: Number(row.churned) };
}
