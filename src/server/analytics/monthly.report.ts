import type { DayRange, TAnalyticsQuery } from '../../domain/analytics';
import type { TMonthlyReport } from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { followUpsIn, newCustomersIn, receivedIn, wonIn } from './dashboard.service';
import { monthsOf } from './months';
import { reportHead } from './sources';

async function figuresIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const [newCustomers, won, followUps, receivedAmount] = await Promise.all([
    newCustomersIn(db, ctx, range),
    wonIn(db, ctx, range),
    followUpsIn(db, ctx, range),
    receivedIn(db, ctx, range),
  ]);
  return { newCustomers, wonCustomers: won.customers, followUps, wonAmount: won.amount, receivedAmount };
}

/**
 * 月度跟进统计: 新增客户, 成交客户, 跟进次数, 成交金额 (and 回款) for each month of the period, counted exactly as the
 * dashboard counts them, so a month's row equals the dashboard for that month.
 */
export async function monthlyReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TMonthlyReport> {
  const ctx = await analyticsContext(db, reader, query);
  const [months, totals] = await Promise.all([
    Promise.all(
      monthsOf(ctx.current).map(async (span) => ({ ...span, ...(await figuresIn(db, ctx, span)) })),
    ),
    figuresIn(db, ctx, ctx.current),
  ]);
  return { ...reportHead(ctx), months, totals };
}
