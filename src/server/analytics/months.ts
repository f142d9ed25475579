import type { DayRange } from '../../domain/analytics';
import { addDays } from '../../domain/cadence';

/** One row of a monthly report: a calendar month clipped to the period (this month: up to today). */
export interface MonthSpan extends DayRange {
  /** `YYYY-MM` */
  month: string;
}

export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * The calendar months a range touches, each clipped to the range. The current period runs to today, so a year gives
 * January to this month and the last month ends today: no row for a month that has not begun.
 */
export function monthsOf(range: DayRange): MonthSpan[] {
  const spans: MonthSpan[] = [];
  let from = range.from;
  while (from <= range.to) {
    const end = lastDayOf(from.slice(0, 7));
    const to = end < range.to ? end : range.to;
    spans.push({ month: from.slice(0, 7), from, to });
    from = addDays(end, 1);
  }
  return spans;
}
