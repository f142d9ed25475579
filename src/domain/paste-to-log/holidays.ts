import { addDays, dayOf, partsOf } from './calendar';

const lunar = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});

/** 春节 (the first day of the lunar year) of a Gregorian year, from the platform's Chinese calendar. */
export function springFestival(year: number): string {
  for (let d = new Date(Date.UTC(year, 0, 20)); d.getUTCMonth() < 2; d.setUTCDate(d.getUTCDate() + 1)) {
    const parts = Object.fromEntries(lunar.formatToParts(d).map((p) => [p.type, p.value]));
    if (parts.month === '1' && parts.day === '1') return d.toISOString().slice(0, 10);
  }
  return dayOf(year, 2, 1);
}

/**
 * The usual holiday spans (first day off, first day back). The exact days move with each year's State Council notice;
 * these are the common pattern, good enough for a proposal the user checks: 国庆 1–7 October, 五一 1–5 May, 元旦 1 January,
 * 春节 from 除夕 for eight days.
 */
function holidaySpan(name: string, year: number): { first: string; back: string } | null {
  if (/国庆|十一/.test(name)) return { first: dayOf(year, 10, 1), back: dayOf(year, 10, 8) };
  if (/五一|劳动节/.test(name)) return { first: dayOf(year, 5, 1), back: dayOf(year, 5, 6) };
  if (/元旦/.test(name)) return { first: dayOf(year, 1, 1), back: dayOf(year, 1, 2) };
  if (/春节|过年|年/.test(name)) {
    const festival = springFestival(year);
    return { first: addDays(festival, -1), back: addDays(festival, 7) };
  }
  return null;
}

/** 国庆后, 五一前, 年后, 过完年…: the next such holiday from `refDay`; "before" is its eve, "after" the first day back. */
export function holidayDate(name: string, after: boolean, refDay: string): string | null {
  const { year } = partsOf(refDay);
  for (const y of [year, year + 1]) {
    const span = holidaySpan(name, y);
    if (!span) return null;
    const date = after ? span.back : addDays(span.first, -1);
    if (date >= refDay) return date;
  }
  return null;
}
