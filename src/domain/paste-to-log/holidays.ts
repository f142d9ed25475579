import { isWorkingDay, LIBRARY_FIRST_YEAR, LIBRARY_LAST_YEAR, specialDaysOfYear } from '../working-days';
import { addDays, dayOf, partsOf } from './calendar';

const lunar = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});

/** A day of the lunar calendar (not a leap month) in a Gregorian year, from the platform's Chinese calendar. */
function lunarDay(year: number, month: number, day: number): string | null {
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const parts = Object.fromEntries(lunar.formatToParts(d).map((p) => [p.type, p.value]));
    if (parts.month === String(month) && parts.day === String(day)) return d.toISOString().slice(0, 10);
  }
  return null;
}

/** 春节 (the first day of the lunar year) of a Gregorian year. */
export function springFestival(year: number): string {
  return lunarDay(year, 1, 1) ?? dayOf(year, 2, 1);
}

/** What people call a holiday → the name the statutory schedule gives its days. */
const HOLIDAYS: { said: RegExp; scheduled: string }[] = [
  { said: /国庆|十一/, scheduled: '国庆' },
  { said: /五一|劳动节/, scheduled: '劳动节' },
  { said: /元旦/, scheduled: '元旦' },
  { said: /清明/, scheduled: '清明' },
  { said: /端午/, scheduled: '端午' },
  { said: /中秋/, scheduled: '中秋' },
  { said: /春节|过年|年/, scheduled: '春节' },
];

/** The first working day after `day`. */
function nextWorkingDay(day: string): string {
  let next = addDays(day, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/** The holiday's days as the State Council published them for that year (the working-day calendar's data). */
function scheduledSpan(scheduled: string, year: number): { first: string; back: string } | null {
  if (year < LIBRARY_FIRST_YEAR || year > LIBRARY_LAST_YEAR) return null;
  const days = specialDaysOfYear(year).filter((d) => d.source === 'holiday' && d.name?.includes(scheduled));
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  return first && last ? { first, back: nextWorkingDay(last) } : null;
}

/**
 * For a year the schedule does not reach yet, the usual pattern (a proposal the user checks): 国庆 1–7 October,
 * 五一 1–5 May, 元旦 1 January, 清明 4–6 April, 端午 and 中秋 on their lunar days, 春节 from 除夕 for eight days.
 */
function usualSpan(scheduled: string, year: number): { first: string; back: string } | null {
  const festival = (month: number, day: number) => {
    const date = lunarDay(year, month, day);
    return date ? { first: date, back: addDays(date, 1) } : null;
  };
  switch (scheduled) {
    case '国庆':
      return { first: dayOf(year, 10, 1), back: dayOf(year, 10, 8) };
    case '劳动节':
      return { first: dayOf(year, 5, 1), back: dayOf(year, 5, 6) };
    case '元旦':
      return { first: dayOf(year, 1, 1), back: dayOf(year, 1, 2) };
    case '清明':
      return { first: dayOf(year, 4, 4), back: dayOf(year, 4, 7) };
    case '端午':
      return festival(5, 5);
    case '中秋':
      return festival(8, 15);
    default: {
      const spring = springFestival(year);
      return { first: addDays(spring, -1), back: addDays(spring, 7) };
    }
  }
}

/** 国庆后, 中秋前, 年后, 过完年…: the next such holiday from `refDay`; "before" is its eve, "after" the first day back. */
export function holidayDate(name: string, after: boolean, refDay: string): string | null {
  const holiday = HOLIDAYS.find((h) => h.said.test(name));
  if (!holiday) return null;
  const { year } = partsOf(refDay);
  for (const y of [year, year + 1]) {
    const span = scheduledSpan(holiday.scheduled, y) ?? usualSpan(holiday.scheduled, y);
    if (!span) continue;
    const date = after ? span.back : addDays(span.first, -1);
    if (date >= refDay) return date;
  }
  return null;
}
