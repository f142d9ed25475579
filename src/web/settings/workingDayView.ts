import type { TLocale } from '../../domain/locale';
import type { TDayKind, TSpecialDay } from '../../domain/working-day-override';
import type { Messages } from '../i18n/zh-CN';

// How the working-days settings show a day; the rules themselves live on the server (src/domain/working-days.ts).

export type TDayMap = ReadonlyMap<string, TSpecialDay>;

function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWeekend(day: string): boolean {
  return weekdayOf(day) === 0 || weekdayOf(day) === 6;
}

/** The name in the reader's language; the schedule carries English names, overrides only what was typed. */
export function dayName(day: Pick<TSpecialDay, 'name' | 'nameEn'>, locale: TLocale): string | null {
  return (locale === 'en-US' ? day.nameEn : null) ?? day.name;
}

/** Whether a day is worked as things stand (with the workspace's override, if any). */
export function kindOf(day: string, days: TDayMap): TDayKind {
  return days.get(day)?.kind ?? (isWeekend(day) ? 'rest' : 'work');
}

/** "春节（法定节假日）" / "National Day (make-up workday)": what the official schedule calls a day. */
export function libraryText(
  official: Pick<TSpecialDay, 'source' | 'name' | 'nameEn'>,
  t: Messages,
  locale: TLocale,
): string {
  const source = t.workingDays.sources[official.source];
  const name = dayName(official, locale);
  if (!name) return source;
  return locale === 'en-US' ? `${name} (${source.toLowerCase()})` : `${name}（${source}）`;
}

/** What the official schedule says of a day, the workspace's change aside: a holiday's name, 周末, 普通工作日. */
export function officialText(day: string, days: TDayMap, t: Messages, locale: TLocale): string {
  const item = days.get(day);
  const official = item?.source === 'override' ? item.library : item;
  if (official) return libraryText(official, t, locale);
  return isWeekend(day) ? t.workingDays.weekend : t.workingDays.plainWorkday;
}

const UTC = { timeZone: 'UTC' } as const;

/** "2月15日周日" / "Sun, Feb 15"; a range "2月15日至23日" / "Feb 15 – 23". */
export function formatDays(first: string, last: string, locale: TLocale): string {
  const a = new Date(`${first}T00:00:00Z`);
  if (first === last)
    return new Intl.DateTimeFormat(locale, {
      ...UTC,
      month: locale === 'en-US' ? 'short' : 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(a);
  const b = new Date(`${last}T00:00:00Z`);
  if (locale === 'en-US')
    return new Intl.DateTimeFormat(locale, { ...UTC, month: 'short', day: 'numeric' }).formatRange(a, b);
  // ICU writes Chinese ranges as "2/15 – 2/23"; people write 2月15日至23日.
  const full = new Intl.DateTimeFormat(locale, { ...UTC, month: 'long', day: 'numeric' });
  const end = first.slice(0, 7) === last.slice(0, 7) ? `${b.getUTCDate()}日` : full.format(b);
  return `${full.format(a)}至${end}`;
}

export function formatMonth(year: number, month: number, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale, { ...UTC, year: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(year, month, 1)),
  );
}

export interface TDayRun {
  first: TSpecialDay;
  last: string;
  count: number;
}

/** Consecutive days of one holiday (春节 2/15–2/23) become one row; each override stays its own row. */
export function runsOf(items: readonly TSpecialDay[]): TDayRun[] {
  const runs: TDayRun[] = [];
  for (const item of items) {
    const prev = runs.at(-1);
    const next =
      prev && new Date(Date.parse(`${prev.last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const same =
      prev &&
      item.source !== 'override' &&
      prev.first.source === item.source &&
      prev.first.kind === item.kind &&
      prev.first.name === item.name;
    if (prev && same && next === item.day) {
      prev.last = item.day;
      prev.count += 1;
    } else runs.push({ first: item, last: item.day, count: 1 });
  }
  return runs;
}
