import { sql } from 'kysely';
import type { TAnalyticsQuery } from '../../domain/analytics';
import type { TOrderValueReport } from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { reportHead, WON_AMOUNT, wonDealsIn } from './sources';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { keptMonths } from './kept-months';
import { monthsOf, type MonthSpan } from './months';

/** 客单价 by month: won deals, their amount, the average and the median deal (fen, rounded half up). */
export async function orderValueReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TOrderValueReport> {
  const ctx = await analyticsContext(db, reader, query);
  // Closed months kept: a won deal's closed date or amount drops its month (migration 2026_12_01_140000).
  const months = await keptMonths(db, ctx, 'order-value', null, monthsOf(ctx.current), async (span) => ({
    ...span,
    ...(await orderValueIn(db, ctx, span)),
  }));
  return {
    ...reportHead(ctx),
    months,
  };
}

/**
 * The deals the dashboard's 成交金额 sums (a member's: those they own). The median is the middle deal, or the mean of
 * the two middle ones, picked by row number so both databases compute it the same way (SQLite has no percentile).
 */
async function orderValueIn(db: DB, ctx: AnalyticsContext, span: MonthSpan) {
  const won = wonDealsIn(db, ctx, span);
  const amount = WON_AMOUNT;
  const ranked = won
    .select([
      amount.as('amount'),
      sql<number>`row_number() over (order by ${amount}, deals.id)`.as('rn'),
      sql<number>`count(*) over ()`.as('n'),
    ])
    .as('ranked');
  const row = await db
    .selectFrom(ranked)
    .select([
      sql<number>`count(*)`.as('deals'),
      sql<number>`coalesce(sum(ranked.amount), 0)`.as('amount'),
      sql<
        number | null
      >`avg(case when ranked.rn in ((ranked.n + 1) / 2, (ranked.n + 2) / 2) then ranked.amount end)`.as(
        'median',
      ),
    ])
    .executeTakeFirstOrThrow();
  const deals = Number(row.deals);
  const total = Number(row.amount);
  return {
    deals,
    amount: total,
    average: deals ? Math.round(total / deals) : null,
    median: row.median === null ? null : Math.round(Number(row.median)),
  };
}
