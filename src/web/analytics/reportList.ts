import type { TAnalyticsParams, TReportName } from '../api/analytics';
import { writeAnalyticsQuery } from './analyticsQuery';

/** The reports in the order of the menu: the month's summary first, the manager's views later. */
export const REPORT_NAMES = [
  'monthly',
  'funnel',
  'source-channels',
  'methods',
  'sales-cycle',
  'order-value',
  'repurchase',
  'churn',
  'health',
  'receivables-ageing',
  'leaderboard',
] as const satisfies readonly TReportName[];

export const isReportName = (name: string | undefined): name is TReportName =>
  REPORT_NAMES.includes(name as TReportName);

/** A page of the analytics menu with the period and member carried over; `dashboard` is /analytics itself. */
export function analyticsPath(page: TReportName | 'dashboard', query: TAnalyticsParams): string {
  const path = page === 'dashboard' ? '/analytics' : `/analytics/${page}`;
  return `${path}?${writeAnalyticsQuery(query).toString()}`;
}

/** The menu a member sees: the leaderboard compares colleagues, so only those who may assign customers get it. */
export function visibleReports(canAssign: boolean): TReportName[] {
  return REPORT_NAMES.filter((name) => canAssign || name !== 'leaderboard');
}
