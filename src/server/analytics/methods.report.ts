import { sql } from 'kysely';
import type { DayRange, TAnalyticsQuery } from '../../domain/analytics';
import {
  byFigureThenLabel,
  METHOD_WINDOW_DAYS,
  rate,
  type TMethodsReport,
} from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import { isPostgres, plusDays } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import {
  analyticsContext,
  seesWholeWorkspace,
  visibleCustomer,
  type AnalyticsContext,
} from './analytics-context';
import { keptSums, type Sums } from './kept-months';
import { followUpDayCounts, followUpsOn, reportHead } from './sources';

/**
 * 跟进次数 by method: the kept day counts for a caller who sees the whole workspace; for a sales member counted over
 * the range (kept by month with the deals, closedDealSums).
 */
function followUpsByMethod(db: DB, ctx: AnalyticsContext, range: DayRange) {
  if (seesWholeWorkspace(ctx))
    return followUpDayCounts(db, ctx, range, { byMethod: true })
      .select(['follow_up_day_counts.method as method', sql<number>`sum(logged)`.as('n')])
      .groupBy('follow_up_day_counts.method')
      .having(sql<number>`sum(logged)`, '>', 0)
      .execute();
  return followUpsOn(db, ctx, range)
    .select(['follow_ups.method as method', sql<number>`count(*)`.as('n')])
    .groupBy('follow_ups.method')
    .execute();
}

/**
 * The deals closed in the period (won or lost now) by the methods their customer was followed up with on the closing
 * day or the days before it (METHOD_WINDOW_DAYS); a member's: the follow-ups they logged. Read from the deals' side:
 * a year has tens of thousands of closed deals and millions of follow-ups, and each deal looks up its customer's
 * follow-ups of those days through their index (`at` bounds the days a day either side; `day` decides).
 */
function closedDealsByMethod(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const closed = sql.ref<string>('deals.closed_date');
  // Bounds for `at` (an instant): PostgreSQL compares it with a date, SQLite's ISO text with a day's text.
  const around = (days: number) =>
    isPostgres(db)
      ? sql<string>`(deals.closed_date::date + ${sql.lit(days)})`
      : plusDays(db, closed, sql.lit(days));
  let q = db
    .selectFrom('deals')
    .innerJoin('follow_ups', 'follow_ups.customer_id', 'deals.customer_id')
    .where('deals.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('deals.deleted_at', 'is', null)
    .where('deals.stage_kind', 'in', ['won', 'lost'])
    .where('deals.closed_date', '>=', range.from)
    .where('deals.closed_date', '<=', range.to)
    .where(visibleCustomer(db, ctx, 'deals.customer_id'))
    .where('follow_ups.deleted_at', 'is', null)
    .where('follow_ups.at', '>=', around(-METHOD_WINDOW_DAYS - 1))
    .where('follow_ups.at', '<', around(2))
    .where('follow_ups.day', '>=', plusDays(db, closed, sql.lit(-METHOD_WINDOW_DAYS)))
    .where('follow_ups.day', '<=', closed);
  if (ctx.userId) q = q.where('follow_ups.user_id', '=', ctx.userId);
  return q
    .select([
      'follow_ups.method as method',
      sql<number>`count(distinct deals.id)`.as('closed'),
      sql<number>`count(distinct case when deals.stage_kind = 'won' then deals.id end)`.as('won'),
    ])
    .groupBy('follow_ups.method')
    .execute();
}

/**
 * The report's figures month by month, closed months kept (`followUps:`, `closed:`, `won:<method>`); a whole-workspace
 * caller's follow-ups come from the day counts, already kept.
 */
async function methodSums(db: DB, ctx: AnalyticsContext) {
  const kept = await keptSums(db, ctx, 'methods', METHOD_WINDOW_DAYS, ctx.current, async (range) => {
    const sums: Sums = {};
    const [deals, followUps] = await Promise.all([
      closedDealsByMethod(db, ctx, range),
      seesWholeWorkspace(ctx) ? [] : followUpsByMethod(db, ctx, range),
    ]);
    for (const row of deals) {
      sums[`closed:${row.method}`] = Number(row.closed);
      sums[`won:${row.method}`] = Number(row.won);
    }
    for (const row of followUps) sums[`followUps:${row.method}`] = Number(row.n);
    return sums;
  });
  if (seesWholeWorkspace(ctx))
    for (const row of await followUpsByMethod(db, ctx, ctx.current))
      kept[`followUps:${row.method}`] = Number(row.n);
  return kept;
}

/**
 * 跟进方式转化: per method, the follow-ups of the period and the deals closed in it that the method had a hand in (the
 * customer was followed up that way in the 30 days up to the closing day); win rate = won ÷ closed of those deals,
 * conversion rate = won deals ÷ follow-ups. A deal followed up two ways counts under both.
 */
export async function methodsReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TMethodsReport> {
  const ctx = await analyticsContext(db, reader, query);
  const [sums, dicts] = await Promise.all([methodSums(db, ctx), loadDictionaries(db, reader.scope)]);
  const methods = [...new Set(Object.keys(sums).map((key) => key.slice(key.indexOf(':') + 1)))];
  const rows = methods.map((method) => {
    const followUps = sums[`followUps:${method}`] ?? 0;
    const wonDeals = sums[`won:${method}`] ?? 0;
    const closedDeals = sums[`closed:${method}`] ?? 0;
    return {
      key: method,
      label: dicts.label('followUpMethod', method, reader.locale),
      followUps,
      closedDeals,
      wonDeals,
      conversionRate: rate(wonDeals, followUps),
      winRate: rate(wonDeals, closedDeals),
    };
  });
  rows.sort(byFigureThenLabel((r) => r.followUps));
  return {
    ...reportHead(ctx),
    windowDays: METHOD_WINDOW_DAYS,
    rows,
  };
}
