import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { daysBetween } from './cadence';
import type { TCoverageWarning, TDayKind, TSpecialDay } from './working-day-override';

// Working days 工作日 in mainland China: Monday to Friday, minus statutory holidays 法定节假日, plus the weekend
// make-up workdays 调休上班 that pay for bridged holidays, then the workspace's own overrides on top. The schedule
// is published once a year by the State Council; `chinese-days` carries it. Its raw data is read rather than its
// functions because those parse dates through the machine's local time zone.

/** A day the schedule or a workspace makes other than a plain weekday or weekend. */
export type SpecialDay = Omit<TSpecialDay, 'day'>;
type LibraryDay = NonNullable<TSpecialDay['library']>;

export interface CalendarOverride {
  day: string;
  kind: TDayKind;
  name?: string | null;
  version?: number;
}

/** The statutory schedule plus one workspace's overrides; build it with calendarOf. */
export interface WorkingCalendar {
  readonly overrides: ReadonlyMap<string, CalendarOverride>;
  /** Years the workspace has entered days for: an owner may type in a year the library does not know yet. */
  readonly overrideYears: ReadonlySet<number>;
}

const DAY_MS = 86_400_000;

/** "Spring Festival,春节,4": English, Chinese, then a number the library uses for the holiday's length. */
function parseName(text: string): { name: string; nameEn: string } {
  const parts = text.split(',');
  return { name: parts.at(-2) ?? text, nameEn: parts.slice(0, -2).join(',') || text };
}

function readLibrary(): Map<string, LibraryDay> {
  const days = new Map<string, LibraryDay>();
  const data = holidayData as Record<'holidays' | 'workdays' | 'inLieuDays', Record<string, string>>;
  for (const [day, text] of Object.entries(data.holidays))
    days.set(day, { kind: 'rest', source: 'holiday', ...parseName(text), inLieu: day in data.inLieuDays });
  for (const [day, text] of Object.entries(data.workdays))
    days.set(day, { kind: 'work', source: 'makeUpWorkday', ...parseName(text), inLieu: false });
  return days;
}

const LIBRARY = readLibrary();
const LIBRARY_YEARS = [...LIBRARY.keys()].map(yearOf);
/** The schedule's first and last years; a year after the last is computed from weekends alone. */
export const LIBRARY_FIRST_YEAR = Math.min(...LIBRARY_YEARS);
export const LIBRARY_LAST_YEAR = Math.max(...LIBRARY_YEARS);

export function calendarOf(overrides: Iterable<CalendarOverride> = []): WorkingCalendar {
  const map = new Map<string, CalendarOverride>();
  for (const o of overrides) map.set(o.day, o);
  return { overrides: map, overrideYears: new Set([...map.keys()].map(yearOf)) };
}

/** The statutory schedule alone, for callers with no workspace. */
export const STATUTORY_CALENDAR = calendarOf();

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

function toMs(day: string): number {
  return Date.UTC(yearOf(day), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus n calendar days (UTC arithmetic: a calendar date has no time zone). */
function shiftDay(day: string, n: number): string {
  return fromMs(toMs(day) + n * DAY_MS);
}

function isWeekend(day: string): boolean {
  const weekday = new Date(toMs(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** What makes a day special, if anything: the workspace's override first, then the statutory schedule. */
export function specialDay(day: string, calendar: WorkingCalendar = STATUTORY_CALENDAR): SpecialDay | null {
  const library = LIBRARY.get(day) ?? null;
  const override = calendar.overrides.get(day);
  if (override)
    return {
      kind: override.kind,
      source: 'override',
      name: override.name ?? null,
      nameEn: null,
      inLieu: false,
      library,
      version: override.version ?? null,
    };
  return library && { ...library, library: null, version: null };
}

export function isWorkingDay(day: string, calendar: WorkingCalendar = STATUTORY_CALENDAR): boolean {
  const special = specialDay(day, calendar);
  return special ? special.kind === 'work' : !isWeekend(day);
}

/**
 * The working day n working days from `day`: 3 after a Friday is the Wednesday after (if nothing intervenes),
 * -1 is the working day before. 0 is `day` itself when it is a working day, else the next one, so "due in 0
 * working days" on a holiday lands on the first day back.
 */
export function addWorkingDays(
  day: string,
  n: number,
  calendar: WorkingCalendar = STATUTORY_CALENDAR,
): string {
  let current = day;
  if (n === 0) {
    while (!isWorkingDay(current, calendar)) current = shiftDay(current, 1);
    return current;
  }
  const step = Math.sign(n);
  // Terminates: overrides are finite, and beyond them every week has five working days.
  for (let left = Math.abs(n); left > 0;) {
    current = shiftDay(current, step);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier), so that for a working day
 * `from`, workingDaysBetween(from, addWorkingDays(from, n)) === n.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: WorkingCalendar = STATUTORY_CALENDAR,
): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let ms = toMs(from) + DAY_MS, end = toMs(to); ms <= end; ms += DAY_MS)
    if (isWorkingDay(fromMs(ms), calendar)) count += 1;
  return count;
}

/** Whether the schedule or the workspace knows the holidays of this day's year; if not, only weekends count. */
export function isCovered(day: string, calendar: WorkingCalendar = STATUTORY_CALENDAR): boolean {
  const year = yearOf(day);
  return (year >= LIBRARY_FIRST_YEAR && year <= LIBRARY_LAST_YEAR) || calendar.overrideYears.has(year);
}

/** Whether every year from one day to another (either order) is covered. */
export function isRangeCovered(
  a: string,
  b: string,
  calendar: WorkingCalendar = STATUTORY_CALENDAR,
): boolean {
  const [first, last] = a < b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
  for (let year = first; year <= last; year += 1) if (!isCovered(`${year}-01-01`, calendar)) return false;
  return true;
}

/**
 * The last year of the unbroken run of covered years that starts with the schedule: a workspace that types in
 * next year's holidays extends it, a lone override three years out does not.
 */
export function coverage(calendar: WorkingCalendar = STATUTORY_CALENDAR): {
  firstCoveredYear: number;
  lastCoveredYear: number;
  libraryLastYear: number;
} {
  let last = LIBRARY_LAST_YEAR;
  while (calendar.overrideYears.has(last + 1)) last += 1;
  return { firstCoveredYear: LIBRARY_FIRST_YEAR, lastCoveredYear: last, libraryLastYear: LIBRARY_LAST_YEAR };
}

/**
 * Whether the owner should be told that this year or next is missing (the State Council publishes next year's
 * schedule in the autumn; until the library or an override carries it, due dates in that year count weekends only).
 */
export function coverageWarning(calendar: WorkingCalendar, today: string): TCoverageWarning | null {
  const year = yearOf(today);
  const missingYear = [year, year + 1].find((y) => !isCovered(`${y}-01-01`, calendar));
  if (missingYear === undefined) return null;
  return {
    missingYear,
    lastCoveredYear: coverage(calendar).lastCoveredYear,
    daysUntil: daysBetween(today, `${missingYear}-01-01`),
  };
}

/** Every special day of a year, in date order: holidays, make-up workdays and the workspace's overrides. */
export function specialDaysOfYear(
  year: number,
  calendar: WorkingCalendar = STATUTORY_CALENDAR,
): TSpecialDay[] {
  const prefix = `${year}-`;
  const days = new Set([...LIBRARY.keys(), ...calendar.overrides.keys()].filter((d) => d.startsWith(prefix)));
  return [...days].sort().flatMap((day) => {
    const special = specialDay(day, calendar);
    return special ? [{ day, ...special }] : [];
  });
}
