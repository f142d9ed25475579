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

/** 跟进次数 by method: the kept day counts for a caller who sees the whole workspace, else counted. */
function followUpsByMethod(db: DB, ctx: AnalyticsContext) {
  if (seesWholeWorkspace(ctx))
    return followUpDayCounts(db, ctx, ctx.current, { byMethod: true })
      .select(['follow_up_day_counts.method as method', sql<number>`sum(logged)`.as('n')])
      .groupBy('follow_up_day_counts.method')
      .having(sql<number>`sum(logged)`, '>', 0)
      .execute();
  return followUpsOn(db, ctx, ctx.current)
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

/** Those deals as figures that add up month by month (`closed:<method>`, `won:<method>`), closed months kept. */
async function closedDealSums(db: DB, ctx: AnalyticsContext) {
  return keptSums(db, ctx, 'methods', METHOD_WINDOW_DAYS, ctx.current, async (range) => {
    const sums: Sums = {};
    for (const row of await closedDealsByMethod(db, ctx, range)) {
      sums[`closed:${row.method}`] = Number(row.closed);
      sums[`won:${row.method}`] = Number(row.won);
    }
    return sums;
  });
}

/**
 * 跟进方式转化: per method, the follow-ups of the period and the deals closed in it that the method had a hand in (the
 * customer was followed up that way in the 30 days up to the closing day); win rate = won ÷ closed of those deals,
 * conversion rate = won deals ÷ follow-ups. A deal followed up two ways counts under both.
 */
export async function methodsReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TMethodsReport> {
  const ctx = await analyticsContext(db, reader, query);
  const [counts, deals, dicts] = await Promise.all([
    followUpsByMethod(db, ctx),
    closedDealSums(db, ctx),
    loadDictionaries(db, reader.scope),
  ]);
  const closedMethods = Object.keys(deals)
    .filter((key) => key.startsWith('closed:'))
    .map((key) => key.slice('closed:'.length));
  const methods = [...new Set([...counts.map((c) => c.method), ...closedMethods])];
  const rows = methods.map((method) => {
    const followUps = Number(counts.find((c) => c.method === method)?.n ?? 0);
    const wonDeals = deals[`won:${method}`] ?? 0;
    const closedDeals = deals[`closed:${method}`] ?? 0;
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
