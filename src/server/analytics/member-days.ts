import { sql } from 'kysely';
import { instantRange, type DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import type { AnalyticsContext } from './analytics-context';
import { visibleParts } from './analytics-customers';

type DayCounts = Map<string, { n: number; onTime: number }>;

/**
 * Up to a quarter and the one before it. Over two years PostgreSQL joined by walking the whole workspace's follow-ups
 * by date (3 s); there the per-period sums, which go customer by customer, stay faster.
 */
const MAX_SPAN_DAYS = 184;
const daysBetween = (range: DayRange) =>
  (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000 + 1;
export type MemberDayCount = 'logged' | 'due';

/**
 * A sales member's follow-ups per day over both of the dashboard's periods (`logged`), or their agreed dates per day
 * with how many were answered on or before the day (`due`): one walk over their customers, each one's follow-ups
 * through its own index, read once per request, where a sum per period and per figure took six walks. Null when the
 * range lies outside the two periods (a month of the monthly table) or they span more than half a year; the caller
 * counts it alone then.
 */
export async function memberDayCounts(
  db: DB,
  ctx: AnalyticsContext,
  what: MemberDayCount,
  range: DayRange,
): Promise<{ n: number; onTime: number } | null> {
  const both: DayRange = {
    from: ctx.previous.from < ctx.current.from ? ctx.previous.from : ctx.current.from,
    to: ctx.previous.to > ctx.current.to ? ctx.previous.to : ctx.current.to,
  };
  if (range.from < both.from || range.to > both.to || daysBetween(both) > MAX_SPAN_DAYS) return null;
  const key = `memberDays:${what}`;
  let counts = ctx.memo.get(key) as Promise<DayCounts> | undefined;
  if (!counts) {
    counts = countByDay(db, ctx, what, both);
    ctx.memo.set(key, counts);
  }
  let n = 0;
  let onTime = 0;
  for (const [day, count] of await counts)
    if (day >= range.from && day <= range.to) {
      n += count.n;
      onTime += count.onTime;
    }
  return { n, onTime };
}

/** The same count over one range on its own (one walk over the member's customers), for a range read once. */
export async function memberDaySum(db: DB, ctx: AnalyticsContext, what: MemberDayCount, range: DayRange) {
  let n = 0;
  let onTime = 0;
  for (const count of (await countByDay(db, ctx, what, range)).values()) {
    n += count.n;
    onTime += count.onTime;
  }
  return { n, onTime };
}

async function countByDay(db: DB, ctx: AnalyticsContext, what: MemberDayCount, range: DayRange) {
  const { from, before } = instantRange(range, ctx.timeZone);
  const day = what === 'logged' ? 'follow_ups.day' : 'follow_ups.due_date';
  const parts = await Promise.all(
    visibleParts(db, ctx).map((part) => {
      let q = part
        .innerJoin('follow_ups', 'follow_ups.customer_id', 'customers.id')
        .where('follow_ups.deleted_at', 'is', null);
      if (ctx.userId) q = q.where('follow_ups.user_id', '=', ctx.userId);
      q =
        what === 'logged'
          ? q
              .where('follow_ups.at', '>=', from)
              .where('follow_ups.at', '<', before)
              .where('follow_ups.day', '>=', range.from)
              .where('follow_ups.day', '<=', range.to)
          : q.where('follow_ups.due_date', '>=', range.from).where('follow_ups.due_date', '<=', range.to);
      return q
        .select([
          sql<string>`${sql.ref(day)}`.as('day'),
          sql<number>`count(*)`.as('n'),
          sql<number>`count(case when follow_ups.day <= follow_ups.due_date then 1 end)`.as('on_time'),
        ])
        .groupBy(day)
        .execute();
    }),
  );
  const counts: DayCounts = new Map();
  for (const row of parts.flat()) {
    const seen = counts.get(row.day) ?? { n: 0, onTime: 0 };
    counts.set(row.day, { n: seen.n + Number(row.n), onTime: seen.onTime + Number(row.on_time) });
  }
  return counts;
}
