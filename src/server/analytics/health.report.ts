import { sql } from 'kysely';
import { dayStartInstant, type TAnalyticsQuery } from '../../domain/analytics';
import type { THealthReport } from '../../domain/analytics-reports';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import {
  customersOf,
  customersTotal,
  customersWithDay,
  sumOverCustomers,
  type Customers,
} from './analytics-customers';
import { keptMonths } from './kept-months';
import { monthsOf } from './months';
import { followUpBetween, reportHead } from './sources';

/** 客户健康度 over time: for each month, the customers by days since their last follow-up as of its last day. */
export async function healthReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<THealthReport> {
  const ctx = await analyticsContext(db, reader, query);
  const months = await keptMonths(db, ctx, 'health', ctx.health, monthsOf(ctx.current), async (span) => {
    // A custom period may run past today; nothing is known of the days after it.
    const asOf = span.to < ctx.today ? span.to : ctx.today;
    return {
      ...span,
      asOf,
      ...(asOf === ctx.today ? await healthToday(db, ctx) : await healthOn(db, ctx, asOf)),
    };
  });
  return {
    ...reportHead(ctx),
    thresholds: ctx.health,
    months,
  };
}

/**
 * Counts of the customers of `customers` by their follow-ups up to `day`: total, active (one within the dormant
 * threshold), dormant (none then, one within the at-risk threshold). Each test is one index seek per customer.
 */
function byFollowUpsUpTo(db: DB, ctx: AnalyticsContext, customers: Customers, day: string) {
  const instant = (d: string) => dayStartInstant(d, ctx.timeZone);
  const activeFrom = instant(addDays(day, -ctx.health.dormantAfter));
  const dormantFrom = instant(addDays(day, -ctx.health.atRiskAfter));
  const end = instant(addDays(day, 1));
  return customers
    .select((eb) => {
      const active = eb.exists(followUpBetween(db, activeFrom, end));
      const dormant = eb.exists(followUpBetween(db, dormantFrom, activeFrom));
      return [
        eb.fn.countAll<number>().as('total'),
        sql<number>`count(case when ${active} then 1 end)`.as('active'),
        sql<number>`count(case when ${eb.and([eb.not(active), dormant])} then 1 end)`.as('dormant'),
      ];
    })
    .executeTakeFirstOrThrow();
}

/**
 * As the dashboard draws the lines today, but from the follow-ups up to the day rather than the stored last day, so a
 * later follow-up does not change a past month. Customers are those created by the end of the day and live now; at
 * risk are the rest (never followed up included).
 */
async function healthOn(db: DB, ctx: AnalyticsContext, day: string) {
  const end = dayStartInstant(addDays(day, 1), ctx.timeZone);
  const sums = await sumOverCustomers(db, ctx, (customers) =>
    byFollowUpsUpTo(db, ctx, customers.where('customers.created_at', '<', end), day),
  );
  return { active: sums.active, dormant: sums.dormant, atRisk: sums.total - sums.active - sums.dormant };
}

/**
 * The same as of today, from the last follow-up day stored on each customer (kept per day for the whole workspace);
 * only customers whose latest follow-up is dated after today (one typed ahead) have their history looked at.
 */
async function healthToday(db: DB, ctx: AnalyticsContext) {
  const activeFrom = addDays(ctx.today, -ctx.health.dormantAfter);
  const dormantFrom = addDays(ctx.today, -ctx.health.atRiskAfter);
  const count = (from: string, to: string) =>
    customersWithDay(db, ctx, 'last_follow_up_day', from, addDays(to, 1));
  const [active, dormant, ahead, total] = await Promise.all([
    count(activeFrom, ctx.today),
    count(dormantFrom, addDays(activeFrom, -1)),
    byFollowUpsUpTo(
      db,
      ctx,
      customersOf(db, ctx).where('customers.last_follow_up_day', '>', ctx.today),
      ctx.today,
    ),
    customersTotal(db, ctx),
  ]);
  const n = { active: active + Number(ahead.active), dormant: dormant + Number(ahead.dormant) };
  return { ...n, atRisk: total - n.active - n.dormant };
}
