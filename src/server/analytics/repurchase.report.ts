import { sql, type SqlBool } from 'kysely';
import type { TAnalyticsQuery } from '../../domain/analytics';
import type { TRepurchaseReport } from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { reportHead, wonDealsIn } from './sources';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { monthsOf } from './months';

/** 复购率 by month: of the customers who bought in the month, those who had bought before (2+ won deals by its end). */
export async function repurchaseReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TRepurchaseReport> {
  const ctx = await analyticsContext(db, reader, query);
  const byMonth = await buyersByMonth(db, ctx);
  const months = monthsOf(ctx.current).map((span) => {
    const { buyers, repeat } = byMonth.get(span.month) ?? { buyers: 0, repeat: 0 };
    return { ...span, buyers, repeat, rate: buyers ? repeat / buyers : null };
  });
  return {
    ...reportHead(ctx),
    months,
  };
}

/**
 * Buyers are counted as the dashboard's 成交客户 are (a member's: the deals they own), so the two agree. Whether a
 * buyer repeats is a fact of the customer: every won deal up to the month's end counts, whoever owns it. One pass
 * over the period's won deals: "up to the month's end" is before `YYYY-MM-32`, which sorts after the month's last
 * day and before the next month's first, and within the period.
 */
async function buyersByMonth(db: DB, ctx: AnalyticsContext) {
  const month = sql<string>`substr(deals.closed_date, 1, 7)`;
  const wonUpTo = db
    .selectFrom('deals as earlier')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('earlier.customer_id', '=', sql.ref<string>('deals.customer_id'))
    .where('earlier.deleted_at', 'is', null)
    .where('earlier.stage_kind', '=', 'won')
    .where(sql<SqlBool>`earlier.closed_date < ${month} || '-32'`)
    .where('earlier.closed_date', '<=', ctx.current.to);
  const rows = await wonDealsIn(db, ctx, ctx.current)
    .select([
      month.as('month'),
      sql<number>`count(distinct deals.customer_id)`.as('buyers'),
      sql<number>`count(distinct case when (${wonUpTo}) >= 2 then deals.customer_id end)`.as('repeat'),
    ])
    .groupBy(month)
    .execute();
  return new Map(rows.map((r) => [r.month, { buyers: Number(r.buyers), repeat: Number(r.repeat) }]));
}
