import { PERIODS, type DayRange, type TPeriod } from '../../domain/analytics';
import type { TAnalyticsParams } from '../api/analytics';

const isPeriod = (value: string | null): value is TPeriod => PERIODS.includes(value as TPeriod);

/** The period and member in the address, so a link or a reload shows the same numbers. */
export function readAnalyticsQuery(params: URLSearchParams): TAnalyticsParams {
  const period = params.get('period');
  const from = params.get('from');
  const to = params.get('to');
  // A custom period needs both days; without them (a hand-edited address) this month stands in.
  const chosen = isPeriod(period) && (period !== 'custom' || (from && to)) ? period : 'month';
  const query: TAnalyticsParams = { period: chosen };
  if (chosen === 'custom' && from && to) Object.assign(query, { from, to });
  const userId = params.get('userId');
  if (userId) query.userId = userId;
  return query;
}

export function writeAnalyticsQuery(query: TAnalyticsParams): URLSearchParams {
  const params = new URLSearchParams({ period: query.period });
  if (query.period === 'custom' && query.from && query.to) {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  if (query.userId) params.set('userId', query.userId);
  return params;
}

/** Rise or fall against the comparison period, as a share (0.25 = +25 %); null when there was nothing before. */
export function changeOf(value: number, previous: number): number | null {
  if (previous === 0) return value === 0 ? 0 : null;
  return (value - previous) / previous;
}

/** A custom period chosen without days starts from the days on screen (the answer's current period). */
export function withCustomDays(next: TAnalyticsParams, shown: DayRange | undefined): TAnalyticsParams {
  return next.period === 'custom' && (!next.from || !next.to) && shown ? { ...next, ...shown } : next;
}
