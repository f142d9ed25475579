import { sql, type Expression, type SqlBool } from 'kysely';
import { dayStartInstant, type TAnalyticsQuery } from '../../domain/analytics';
import type { TChurnReport } from '../../domain/analytics-reports';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { customersOf, sumOverCustomers } from './analytics-customers';
import { keptMonths } from './kept-months';
import { followUpBetween, reportHead } from './sources';
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
  const months = await keptMonths(
    db,
    ctx,
    'churn',
    CHURN_INACTIVE_DAYS,
    monthsOf(ctx.current),
    async (span) => {
      const { base, churned } =
        span.to === ctx.today ? await churnToday(db, ctx, span) : await churnIn(db, ctx, span);
      return { ...span, base, churned, rate: base ? churned / base : null };
    },
  );
  return {
    ...reportHead(ctx),
    definition: { inactiveDays: CHURN_INACTIVE_DAYS },
    months,
  };
}

/** A won deal of the outer query's customer closed on a day of [from, to]. */
function wonBetween(db: DB, from: string, to: string) {
  return db
    .selectFrom('deals')
    .select('deals.id')
    .where('deals.customer_id', '=', sql.ref<string>('customers.id'))
    .where('deals.deleted_at', 'is', null)
    .where('deals.stage_kind', '=', 'won')
    .where('deals.closed_date', '>=', from)
    .where('deals.closed_date', '<=', to);
}

/**
 * Activity is read from the deals' closed dates and the follow-ups up to the month's last day, not from the
 * customer's stored last dates, so a follow-up logged today does not rewrite past months. Customers are those live
 * now (a deleted one leaves every month) and, for one member's numbers, owned by them now.
 */
async function churnIn(db: DB, ctx: AnalyticsContext, span: MonthSpan) {
  // "More than 180 days before the last day": activity on this day or later keeps the customer.
  const activeFrom = addDays(span.to, -CHURN_INACTIVE_DAYS);
  const instant = (d: string) => dayStartInstant(d, ctx.timeZone);
  return sumOverCustomers(db, ctx, (customers) =>
    customers
      .where('customers.first_won_date', '<', span.from)
      .select((eb) => [
        eb.fn.countAll<number>().as('base'),
        sql<number>`count(case when ${eb.and([
          eb.not(eb.exists(wonBetween(db, activeFrom, span.to))),
          eb.not(eb.exists(followUpBetween(db, instant(activeFrom), instant(addDays(span.to, 1))))),
        ])} then 1 end)`.as('churned'),
      ])
      .executeTakeFirstOrThrow(),
  );
}

/**
 * The same as of today, from the last follow-up day and last won date stored on each customer, read from one index;
 * only a customer whose stored date lies after today (typed ahead) has that history looked at.
 */
async function churnToday(db: DB, ctx: AnalyticsContext, span: MonthSpan) {
  const activeFrom = addDays(ctx.today, -CHURN_INACTIVE_DAYS);
  const instant = (d: string) => dayStartInstant(d, ctx.timeZone);
  const row = await customersOf(db, ctx)
    // Bounded below too: with an open range SQLite guessed a quarter of the customers and scanned them all.
    .where('customers.first_won_date', '>', '')
    .where('customers.first_won_date', '<', span.from)
    .select((eb) => {
      const idle = (
        column: 'customers.last_follow_up_day' | 'customers.last_won_date',
        since: Expression<SqlBool>,
      ) =>
        eb.or([
          eb(column, 'is', null),
          eb(column, '<', activeFrom),
          eb.and([eb(column, '>', ctx.today), eb.not(since)]),
        ]);
      return [
        eb.fn.countAll<number>().as('base'),
        sql<number>`count(case when ${eb.and([
          idle(
            'customers.last_follow_up_day',
            eb.exists(followUpBetween(db, instant(activeFrom), instant(addDays(ctx.today, 1)))),
          ),
          idle('customers.last_won_date', eb.exists(wonBetween(db, activeFrom, ctx.today))),
        ])} then 1 end)`.as('churned'),
      ];
    })
    .executeTakeFirstOrThrow();
  return { base: Number(row.base), churned: Number(row.churned) };
}
