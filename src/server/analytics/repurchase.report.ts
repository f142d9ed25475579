import { sql } from 'kysely';
import type { TAnalyticsQuery } from '../../domain/analytics';
import type { TRepurchaseReport } from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { reportHead, wonDealsIn } from './sources';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { keptMonths } from './kept-months';
import { monthsOf, type MonthSpan } from './months';

/** 复购率 by month: of the customers who bought in the month, those who had bought before (2+ won deals by its end). */
export async function repurchaseReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TRepurchaseReport> {
  const ctx = await analyticsContext(db, reader, query);
  // Closed months kept; a won deal drops its month and the later ones (they may now be repeat purchases).
  const months = await keptMonths(db, ctx, 'repurchase', null, monthsOf(ctx.current), async (span) => {
    const { buyers, repeat } = await buyersIn(db, ctx, span);
    return { ...span, buyers, repeat, rate: buyers ? repeat / buyers : null };
  });
  return {
    ...reportHead(ctx),
    months,
  };
}

/**
 * Buyers are counted as the dashboard's 成交客户 are (a member's: the deals they own), so the two agree. Whether a
 * buyer repeats is a fact of the customer: every won deal up to the month's end (the span's last day) counts,
 * whoever owns it.
 */
async function buyersIn(db: DB, ctx: AnalyticsContext, span: MonthSpan) {
  const wonUpTo = db
    .selectFrom('deals as earlier')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('earlier.customer_id', '=', sql.ref<string>('deals.customer_id'))
    .where('earlier.deleted_at', 'is', null)
    .where('earlier.stage_kind', '=', 'won')
    .where('earlier.closed_date', '<=', span.to);
  const row = await wonDealsIn(db, ctx, span)
    .select([
      sql<number>`count(distinct deals.customer_id)`.as('buyers'),
      sql<number>`count(distinct case when (${wonUpTo}) >= 2 then deals.customer_id end)`.as('repeat'),
    ])
    .executeTakeFirstOrThrow();
  return { buyers: Number(row.buyers), repeat: Number(row.repeat) };
}
