import type { Dayjs } from 'dayjs';
import type { TLocale } from '../../domain/locale';
import type { TCalendarEvent } from '../api/calendar';

export const DAY = 'YYYY-MM-DD';

/**
 * The six weeks antd's month grid shows, from the first day of the week holding the 1st. dayjs's locale (Monday
 * in Chinese, Sunday in English) is the one antd's calendar starts its weeks on. 42 days: within the server's 62.
 */
export function monthGrid(month: Dayjs): { from: string; to: string } {
  const start = month.startOf('month').startOf('week');
  return { from: start.format(DAY), to: start.add(41, 'day').format(DAY) };
}

/** The seven days of the week holding `day`; always inside the month grid of that day. */
export function weekDays(day: Dayjs): Dayjs[] {
  const start = day.startOf('week');
  return Array.from({ length: 7 }, (_, i) => start.add(i, 'day'));
}

export function eventsByDate(events: TCalendarEvent[]): Map<string, TCalendarEvent[]> {
  const byDate = new Map<string, TCalendarEvent[]>();
  for (const event of events) {
    const list = byDate.get(event.date);
    if (list) list.push(event);
    else byDate.set(event.date, [event]);
  }
  return byDate;
}

/** 2025年3月 / March 2025 */
export function monthTitle(month: Dayjs, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(
    new Date(month.year(), month.month(), 1),
  );
}

/** 3月5日 周三 / Wed, Mar 5 */
export function dayTitle(day: Dayjs, locale: TLocale): string {
  return day.format(locale === 'zh-CN' ? 'M月D日 ddd' : 'ddd, MMM D');
}

/** 11月30日 – 12月6日 / Nov 30 – Dec 6 */
export function rangeTitle(first: Dayjs, last: Dayjs, locale: TLocale): string {
  const format = locale === 'zh-CN' ? 'M月D日' : 'MMM D';
  return `${first.format(format)} – ${last.format(format)}`;
}
