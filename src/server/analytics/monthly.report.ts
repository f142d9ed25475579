import type { TAnalyticsQuery } from '../../domain/analytics';
import type { TMonthlyReport } from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { analyticsContext } from './analytics-context';
import { figuresByMonth, figuresOver, type Figures } from './period-figures';
import { reportHead } from './sources';

/**
 * 月度跟进统计: 新增客户, 成交客户, 跟进次数, 成交金额 (and 回款) for each month of the period, counted exactly as the
 * dashboard counts them, so a month's row equals the dashboard for that month.
 */
export async function monthlyReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TMonthlyReport> {
  const ctx = await analyticsContext(db, reader, query);
  // The months once: the totals add them up (reading them twice also counted this month twice).
  const months = await figuresByMonth(db, ctx, ctx.current);
  const totals = await figuresOver(db, ctx, ctx.current, months);
  const row = ({ wonDeals: _, ...figures }: Figures) => figures;
  return {
    ...reportHead(ctx),
    months: months.map(({ month, from, to, ...figures }) => ({ month, from, to, ...row(figures) })),
    totals: row(totals),
  };
}
