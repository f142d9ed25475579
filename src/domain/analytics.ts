import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { z } from 'zod';
import { addDays, daysBetween, HEALTH } from './cadence';
import { ZDate } from './dates';

dayjs.extend(utc);
dayjs.extend(timezone);

/** 本周 / 本月 / 本季度 / 本年 / 自定义: calendar periods of the workspace's time zone, weeks from Monday. */
export const PERIODS = ['week', 'month', 'quarter', 'year', 'custom'] as const;
export type TPeriod = (typeof PERIODS)[number];

/** Days `from`–`to`, both included, `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

/** Every report's period and subject: whose numbers (a member's, or all the caller may see). */
export const ZAnalyticsQuery = z.object({
  period: z.enum(PERIODS).default('month'),
  /** Custom period: both days required, at most ten years. */
  from: ZDate.optional(),
  to: ZDate.optional(),
  /** One member's numbers (`me` is the caller); without it, everything the caller may see. */
  userId: z.string().max(64).optional(),
});
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

const MAX_CUSTOM_DAYS = 3660;

/** Why a custom period is refused, as a field error; null when it is fine. */
export function customPeriodError(
  query: TAnalyticsQuery,
): { path: 'from' | 'to'; code: 'FIELD_REQUIRED' | 'PERIOD_INVALID' } | null {
  if (query.period !== 'custom') return null;
  if (!query.from) return { path: 'from', code: 'FIELD_REQUIRED' };
  if (!query.to) return { path: 'to', code: 'FIELD_REQUIRED' };
  if (query.to < query.from || daysBetween(query.from, query.to) > MAX_CUSTOM_DAYS)
    return { path: 'to', code: 'PERIOD_INVALID' };
  return null;
}

function startOf(period: Exclude<TPeriod, 'custom'>, day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (period === 'year') return `${y}-01-01`;
  if (period === 'quarter') return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  if (period === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function monthsLater(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/**
 * The period to report and the one to compare it with. A calendar period runs to today (this month so far); the
 * comparison is as many days from the start of the period before (1–10 November against 1–10 October), so a
 * month in progress is not set against a whole one. A custom period compares with the same number of days just
 * before it.
 */
export function periodRanges(
  query: TAnalyticsQuery,
  today: string,
): { current: DayRange; previous: DayRange } {
  if (query.period === 'custom') {
    const from = query.from ?? today;
    const to = query.to ?? today;
    const days = daysBetween(from, to);
    return { current: { from, to }, previous: { from: addDays(from, -days - 1), to: addDays(from, -1) } };
  }
  const from = startOf(query.period, today);
  const elapsed = daysBetween(from, today);
  const previousFrom = query.period === 'week' ? addDays(from, -7) : monthsLater(from, -MONTHS[query.period]);
  const previousEnd = addDays(from, -1);
  const candidate = addDays(previousFrom, elapsed);
  return {
    current: { from, to: today },
    previous: { from: previousFrom, to: candidate < previousEnd ? candidate : previousEnd },
  };
}

/** The instant a local day starts in a time zone, as ISO-8601 UTC (how instants are stored). */
export function dayStartInstant(day: string, timeZone: string): string {
  return dayjs.tz(day, timeZone).toISOString();
}

/** A day range as the half-open instant range [start of `from`, start of the day after `to`). */
export function instantRange(range: DayRange, timeZone: string): { from: string; before: string } {
  return {
    from: dayStartInstant(range.from, timeZone),
    before: dayStartInstant(addDays(range.to, 1), timeZone),
  };
}

/** A figure and the same figure over the comparison period. */
export const ZCompared = z.object({ value: z.number(), previous: z.number() });
export type TCompared = z.infer<typeof ZCompared>;

const ZTimeliness = z.object({
  /** Follow-ups answering a due date in the period on or before it. */
  onTime: z.number().int(),
  /** Due dates in the period: answered (on time or late), or passed with no follow-up yet. */
  due: z.number().int(),
  /** onTime / due, 0–1; null when nothing was due. */
  rate: z.number().nullable(),
});

export const ZDashboard = z.object({
  period: z
    .object({ kind: z.enum(PERIODS), current: z.object({ from: z.string(), to: z.string() }) })
    .extend({
      previous: z.object({ from: z.string(), to: z.string() }),
    }),
  /** Whose numbers: one member's, or all the caller may see (a sales member: their own customers). */
  subject: z.object({ userId: z.string().nullable(), name: z.string().nullable() }),
  today: z.string(),
  newCustomers: ZCompared,
  /** Customers with a deal won in the period (each counted once). */
  wonCustomers: ZCompared,
  followUps: ZCompared,
  /** Won deals' actual amounts (else expected), fen. */
  wonAmount: ZCompared,
  /** How many deals make up the won amount (the deal list behind it). */
  wonDeals: ZCompared,
  /** Payments received in the period, fen. */
  receivedAmount: ZCompared,
  timeliness: z.object({ current: ZTimeliness, previous: ZTimeliness }),
  /** Now, not over the period: what is overdue today. */
  overdueReceivables: z.object({ amount: z.number().int(), count: z.number().int() }),
  /** Now: customers by days since their last follow-up (the workspace's thresholds). */
  health: z.object(
    Object.fromEntries(HEALTH.map((h) => [h, z.number().int()])) as Record<
      (typeof HEALTH)[number],
      z.ZodNumber
    >,
  ),
});
export type TDashboard = z.infer<typeof ZDashboard>;
