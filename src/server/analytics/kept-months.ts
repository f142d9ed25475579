import type { DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import type { AnalyticsContext } from './analytics-context';
import { lastDayOf, monthsOf, type MonthSpan } from './months';

/** Marks a month being computed: a trigger dropping it meanwhile means the result is already stale. */
const PENDING = 'pending';

/** A whole calendar month that has ended: its figures can only change through a change dated in or before it. */
const isClosedMonth = (span: MonthSpan, today: string) =>
  span.from === `${span.month}-01` && span.to === lastDayOf(span.month) && span.to < today;

/**
 * Whose figures and under which settings: the caller's scope (all, or a sales member's own and shared customers),
 * the member chosen, the time zone and what the report depends on (thresholds…). A settings change simply misses.
 */
function subjectOf(ctx: AnalyticsContext, settings: unknown): string {
  const scope = ctx.reader.scope.ownOnly ? `own:${ctx.reader.scope.userId}` : 'all';
  return JSON.stringify([scope, ctx.userId, ctx.timeZone, settings]);
}

/**
 * A month-by-month report's rows: closed months read from analytics_months when kept, else computed and kept; other
 * months (this one, a custom period's clipped ones) computed each time. The triggers of migration
 * 2026_12_01_130000_analytics_months drop a kept month when a change dated in or before it arrives; a month is
 * marked pending before it is computed and stored only if the mark is still there, so a change during the
 * computation is never hidden.
 */
export async function keptMonths<T>(
  db: DB,
  ctx: AnalyticsContext,
  report: string,
  settings: unknown,
  spans: MonthSpan[],
  compute: (span: MonthSpan) => Promise<T>,
): Promise<T[]> {
  const workspaceId = ctx.reader.scope.workspaceId;
  const subject = subjectOf(ctx, settings);
  const closed = spans.filter((span) => isClosedMonth(span, ctx.today)).map((span) => span.month);
  const kept = new Map<string, T>();
  if (closed.length) {
    const rows = await db
      .selectFrom('analytics_months')
      .select(['month', 'figures'])
      .where('workspace_id', '=', workspaceId)
      .where('report', '=', report)
      .where('subject', '=', subject)
      .where('month', 'in', closed)
      .execute();
    for (const row of rows) if (row.figures !== PENDING) kept.set(row.month, JSON.parse(row.figures) as T);
  }
  const key = (month: string) => ({ workspace_id: workspaceId, month, report, subject });
  const results: T[] = [];
  // One month after another: each is a long read, and SQLite serves requests between statements.
  for (const span of spans) {
    const known = kept.get(span.month);
    if (known !== undefined) {
      results.push(known);
      continue;
    }
    if (!closed.includes(span.month)) {
      results.push(await compute(span));
      continue;
    }
    await db
      .insertInto('analytics_months')
      .values({ ...key(span.month), figures: PENDING })
      .onConflict((oc) => oc.columns(['workspace_id', 'month', 'report', 'subject']).doNothing())
      .execute();
    const figures = await compute(span);
    await db
      .updateTable('analytics_months')
      .set({ figures: JSON.stringify(figures) })
      .where('workspace_id', '=', workspaceId)
      .where('month', '=', span.month)
      .where('report', '=', report)
      .where('subject', '=', subject)
      .where('figures', '=', PENDING)
      .execute();
    results.push(figures);
  }
  return results;
}

/** Figures that add up across months: counts and sums, by group key (a histogram's buckets are counts too). */
export type Sums = Record<string, number>;

/**
 * A report over a range whose figures add up month by month: the closed whole months kept (keptMonths), the clipped
 * and current ones counted, all added together. The triggers of 2026_12_01_140000 drop only the months a change
 * reaches, for the reports it reaches.
 */
export async function keptSums(
  db: DB,
  ctx: AnalyticsContext,
  report: string,
  settings: unknown,
  range: DayRange,
  compute: (range: DayRange) => Promise<Sums>,
): Promise<Sums> {
  const parts = await keptMonths(db, ctx, report, settings, monthsOf(range), ({ from, to }) =>
    compute({ from, to }),
  );
  const total: Sums = {};
  for (const part of parts) for (const [key, n] of Object.entries(part)) total[key] = (total[key] ?? 0) + n;
  return total;
}

/** A histogram bucket's key: how many of a group had a value (`<name>:<value>:<group>`; a group may hold any text). */
export const bucketKey = (name: string, value: number, group: string) => `${name}:${value}:${group}`;

/** Each group's histogram: value → how many (for median and the like without listing every value). */
export function histograms(sums: Sums, name: string): Map<string, Map<number, number>> {
  const groups = new Map<string, Map<number, number>>();
  for (const [key, count] of Object.entries(sums)) {
    if (!key.startsWith(`${name}:`)) continue;
    const rest = key.slice(name.length + 1);
    const at = rest.indexOf(':');
    const group = rest.slice(at + 1);
    const counts = groups.get(group) ?? groups.set(group, new Map()).get(group)!;
    const value = Number(rest.slice(0, at));
    counts.set(value, (counts.get(value) ?? 0) + count);
  }
  return groups;
}
