import dayjs from 'dayjs';
import type { TLocale } from '../../domain/locale';

/** Instants are shown in the workspace's time zone, so a team in several places sees the same day. */
export function formatDateTime(iso: string | null | undefined, locale: TLocale, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatLongDate(date: Date, locale: TLocale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  }).format(date);
}

export function fromNow(iso: string): string {
  return dayjs(iso).fromNow();
}

/** The hour of day in a time zone, for greetings. */
export function hourIn(timeZone: string | undefined, now = new Date()): number {
  const hour = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now);
  return Number.parseInt(hour, 10) || 0;
}

/** "UTC+08:00" for a zone at the given moment (offsets move with daylight saving). */
export function utcOffset(timeZone: string, now = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    const offset = part?.value.replace('GMT', '') ?? '';
    return `UTC${offset || '+00:00'}`;
  } catch {
    return '';
  }
}
