import type { DayRange, TAnalyticsQuery } from '../../domain/analytics';
import {
  byFigureThenLabel,
  median,
  unknownLabel,
  type TSalesCycleReport,
} from '../../domain/analytics-reports';
import { daysBetween } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import type { Reader } from '../customers/customer-context';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { reportHead } from './sources';
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { bucketKey, histograms, keptSums, type Sums } from './kept-months';

/** Count, one-decimal average, median, shortest and longest of a group's cycles (days → how many). */
function figures(days: ReadonlyMap<number, number>) {
  let customers = 0;
  let sum = 0;
  for (const [value, n] of days) {
    customers += n;
    sum += value * n;
  }
  if (customers === 0)
    return { customers: 0, averageDays: null, medianDays: null, minDays: null, maxDays: null };
  const values = [...days.keys()];
  return {
    customers,
    averageDays: Math.round((sum / customers) * 10) / 10,
    medianDays: median(days),
    minDays: Math.min(...values),
    maxDays: Math.max(...values),
  };
}

/** Histograms added together. */
function merged(histograms: ReadonlyMap<number, number>[]) {
  const all = new Map<number, number>();
  for (const h of histograms) for (const [value, n] of h) all.set(value, (all.get(value) ?? 0) + n);
  return all;
}

/** A range's cycles as a histogram of days by industry (bucketKey), for keptSums. */
async function cycleSums(db: DB, ctx: AnalyticsContext, range: DayRange): Promise<Sums> {
  let customers = scopeCustomers(db.selectFrom('customers'), ctx.reader.scope)
    .where('customers.first_won_date', '>=', range.from)
    .where('customers.first_won_date', '<=', range.to);
  if (ctx.userId) customers = customers.where('customers.owner_id', '=', ctx.userId);
  const won = await customers
    .select([
      'customers.industry',
      'customers.first_contact_date',
      'customers.created_at',
      'customers.first_won_date',
    ])
    .execute();
  const sums: Sums = {};
  for (const c of won) {
    const start = c.first_contact_date ?? todayIn(ctx.timeZone, new Date(c.created_at));
    // A first contact typed after the deal closed is a late entry, not a negative cycle: same day.
    const key = bucketKey(
      'days',
      Math.max(0, daysBetween(start, c.first_won_date ?? start)),
      c.industry ?? '',
    );
    sums[key] = (sums[key] ?? 0) + 1;
  }
  return sums;
}

/**
 * 成交周期: customers whose first won deal closed in the period (owned by the member when one is chosen), the days
 * from their first contact (else the workspace day they were entered) to that deal, by industry. Closed months kept.
 */
export async function salesCycleReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TSalesCycleReport> {
  const ctx = await analyticsContext(db, reader, query);
  const [sums, dicts] = await Promise.all([
    keptSums(db, ctx, 'cycle', null, ctx.current, (range) => cycleSums(db, ctx, range)),
    loadDictionaries(db, reader.scope),
  ]);
  // Industry '' stands for none.
  const byIndustry = histograms(sums, 'days');
  const rows = [...byIndustry].map(([key, days]) => ({
    key: key || null,
    label: key ? dicts.label('industry', key, reader.locale) : unknownLabel(reader.locale),
    ...figures(days),
  }));
  rows.sort(byFigureThenLabel((r) => r.customers));
  return {
    ...reportHead(ctx),
    rows,
    totals: figures(merged([...byIndustry.values()])),
  };
}
