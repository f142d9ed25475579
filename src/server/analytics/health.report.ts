import { sql } from 'kysely';
import { dayStartInstant, type TAnalyticsQuery } from '../../domain/analytics';
import type { THealthReport } from '../../domain/analytics-reports';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { customersOf, customersTotal, sumOverCustomers } from './analytics-customers';
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

/** The day a customer's last follow-up must be on or after to count as active, or as dormant, as of `day`. */
function linesOn(ctx: AnalyticsContext, day: string) {
  return {
    activeFrom: addDays(day, -ctx.health.dormantAfter),
    dormantFrom: addDays(day, -ctx.health.atRiskAfter),
  };
}

/**
 * As the dashboard draws the lines today, but from the follow-ups up to the day rather than the stored last day, so a
 * later follow-up does not change a past month. Customers are those created by the end of the day and live now; at
 * risk are the rest (never followed up included).
 */
async function healthOn(db: DB, ctx: AnalyticsContext, day: string) {
  const { activeFrom, dormantFrom } = linesOn(ctx, day);
  const instant = (d: string) => dayStartInstant(d, ctx.timeZone);
  const end = instant(addDays(day, 1));
  const sums = await sumOverCustomers(db, ctx, (customers) =>
    customers
      .where('customers.created_at', '<', end)
      .select((eb) => {
        const active = eb.exists(followUpBetween(db, instant(activeFrom), end));
        const dormant = eb.exists(followUpBetween(db, instant(dormantFrom), instant(activeFrom)));
        return [
          eb.fn.countAll<number>().as('total'),
          sql<number>`count(case when ${active} then 1 end)`.as('active'),
          sql<number>`count(case when ${eb.and([eb.not(active), dormant])} then 1 end)`.as('dormant'),
        ];
      })
      .executeTakeFirstOrThrow(),
  );
  return { active: sums.active, dormant: sums.dormant, atRisk: sums.total - sums.active - sums.dormant };
}

/**
 * The same as of today, from the last follow-up day stored on each customer (two range counts); only customers
 * whose latest follow-up is dated after today (one typed ahead) have their history looked at.
 */
async function healthToday(db: DB, ctx: AnalyticsContext) {
  const { activeFrom, dormantFrom } = linesOn(ctx, ctx.today);
  const day = 'customers.last_follow_up_day';
  const count = async (from: string, to: string) =>
    Number(
      (
        await customersOf(db, ctx)
          .where(day, '>=', from)
          .where(day, '<=', to)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const [active, dormant, ahead, total] = await Promise.all([
    count(activeFrom, ctx.today),
    count(dormantFrom, addDays(activeFrom, -1)),
    healthOnAhead(db, ctx),
    customersTotal(db, ctx),
  ]);
  return {
    active: active + ahead.active,
    dormant: dormant + ahead.dormant,
    atRisk: total - active - ahead.active - dormant - ahead.dormant,
  };
}

/** Customers with a follow-up dated after today, by their follow-ups up to today. */
async function healthOnAhead(db: DB, ctx: AnalyticsContext) {
  const { activeFrom, dormantFrom } = linesOn(ctx, ctx.today);
  const instant = (d: string) => dayStartInstant(d, ctx.timeZone);
  const end = instant(addDays(ctx.today, 1));
  const row = await customersOf(db, ctx)
    .where('customers.last_follow_up_day', '>', ctx.today)
    .select((eb) => {
      const active = eb.exists(followUpBetween(db, instant(activeFrom), end));
      const dormant = eb.exists(followUpBetween(db, instant(dormantFrom), instant(activeFrom)));
      return [
        sql<number>`count(case when ${active} then 1 end)`.as('active'),
        sql<number>`count(case when ${eb.and([eb.not(active), dormant])} then 1 end)`.as('dormant'),
      ];
    })
    .executeTakeFirstOrThrow();
  return { active: Number(row.active), dormant: Number(row.dormant) };
}
