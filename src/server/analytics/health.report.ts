import { sql } from 'kysely';
import { dayStartInstant, type TAnalyticsQuery } from '../../domain/analytics';
import type { THealthReport } from '../../domain/analytics-reports';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import { reportHead } from './sources';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { monthsOf } from './months';

/** 客户健康度 over time: for each month, the customers by days since their last follow-up as of its last day. */
export async function healthReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<THealthReport> {
  const ctx = await analyticsContext(db, reader, query);
  const months = await Promise.all(
    monthsOf(ctx.current).map(async (span) => {
      // A custom period may run past today; nothing is known of the days after it.
      const asOf = span.to < ctx.today ? span.to : ctx.today;
      return { ...span, asOf, ...(await healthOn(db, ctx, asOf)) };
    }),
  );
  return {
    ...reportHead(ctx),
    thresholds: ctx.health,
    months,
  };
}

/**
 * As the dashboard draws the lines today, but from the follow-ups up to the day rather than the stored last day, so a
 * later follow-up does not change a past month. Customers are those created by the end of the day and live now.
 */
async function healthOn(db: DB, ctx: AnalyticsContext, day: string) {
  const activeFrom = addDays(day, -ctx.health.dormantAfter);
  const dormantFrom = addDays(day, -ctx.health.atRiskAfter);
  let customers = scopeCustomers(db.selectFrom('customers'), ctx.reader.scope).where(
    'customers.created_at',
    '<',
    dayStartInstant(addDays(day, 1), ctx.timeZone),
  );
  if (ctx.userId) customers = customers.where('customers.owner_id', '=', ctx.userId);
  const last = customers
    .select((eb) =>
      eb
        .selectFrom('follow_ups')
        .select((f) => f.fn.max('follow_ups.day').as('day'))
        .where('follow_ups.customer_id', '=', sql.ref<string>('customers.id'))
        .where('follow_ups.deleted_at', 'is', null)
        .where('follow_ups.day', '<=', day)
        .as('last_day'),
    )
    .as('last');
  const lastDay = sql.ref<string | null>('last.last_day');
  const row = await db
    .selectFrom(last)
    .select([
      sql<number>`count(case when ${lastDay} >= ${activeFrom} then 1 end)`.as('active'),
      sql<number>`count(case when ${lastDay} >= ${dormantFrom} and ${lastDay} < ${activeFrom} then 1 end)`.as(
        'dormant',
      ),
      sql<number>`count(case when ${lastDay} < ${dormantFrom} or ${lastDay} is null then 1 end)`.as(
        'at_risk',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { active: Number(row.active), dormant: Number(row.dormant), atRisk: Number(row.at_risk) };
}
