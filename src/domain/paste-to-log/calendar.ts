import { addDays } from '../cadence';

export { addDays };

/** A wall-clock moment in the workspace's time zone: the day people say "明天" against, and a time when known. */
export interface WallClock {
  day: string;
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` from parts; a day past the month's end is clamped to it (2月30号 means the last of February). */
export function dayOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function partsOf(day: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, d = 0] = day.split('-').map(Number);
  return { year, month, day: d };
}

/** Monday 1 … Sunday 7: Chinese weeks start on Monday, so 下周三 said on a Sunday is three days away. */
export function isoWeekday(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The given ISO weekday of the week `day` is in (that week's Monday + weekday − 1). */
export function weekdayOfWeek(day: string, weekday: number): string {
  return addDays(day, weekday - isoWeekday(day));
}

/** The first day of the month `offset` months from `day`'s. */
export function monthStart(day: string, offset = 0): string {
  const p = partsOf(day);
  const m = p.month - 1 + offset;
  return dayOf(p.year + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1, 1);
}

export function monthEnd(day: string, offset = 0): string {
  const start = partsOf(monthStart(day, offset));
  return dayOf(start.year, start.month, 31);
}

/** The wall clock of an instant in a time zone. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The instant a wall clock in a time zone stands for (corrected twice, so a DST change in between is honoured). */
export function instantOf(clock: WallClock, timeZone: string): Date {
  const { year, month, day } = partsOf(clock.day);
  const wanted = Date.UTC(year, month - 1, day, clock.hour, clock.minute);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const seen = wallClockOf(new Date(guess), timeZone);
    const p = partsOf(seen.day);
    guess += wanted - Date.UTC(p.year, p.month - 1, p.day, seen.hour, seen.minute);
  }
  return new Date(guess);
}

export function compareClocks(a: WallClock, b: WallClock): number {
  return a.day === b.day ? a.hour * 60 + a.minute - (b.hour * 60 + b.minute) : a.day < b.day ? -1 : 1;
}
