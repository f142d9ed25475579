import type { TAnalyticsQuery } from '../../domain/analytics';
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
import { analyticsContext } from './analytics-context';

/** Count, one-decimal average, median, shortest and longest of a group's cycles. */
function figures(days: number[]) {
  if (days.length === 0)
    return { customers: 0, averageDays: null, medianDays: null, minDays: null, maxDays: null };
  const sum = days.reduce((a, b) => a + b, 0);
  return {
    customers: days.length,
    averageDays: Math.round((sum / days.length) * 10) / 10,
    medianDays: median(days),
    minDays: Math.min(...days),
    maxDays: Math.max(...days),
  };
}

/**
 * 成交周期: customers whose first won deal closed in the period (owned by the member when one is chosen), the days
 * from their first contact (else the workspace day they were entered) to that deal, by industry.
 */
export async function salesCycleReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TSalesCycleReport> {
  const ctx = await analyticsContext(db, reader, query);
  let customers = scopeCustomers(db.selectFrom('customers'), reader.scope)
    .where('customers.first_won_date', '>=', ctx.current.from)
    .where('customers.first_won_date', '<=', ctx.current.to);
  if (ctx.userId) customers = customers.where('customers.owner_id', '=', ctx.userId);
  const [won, dicts] = await Promise.all([
    customers
      .select([
        'customers.industry',
        'customers.first_contact_date',
        'customers.created_at',
        'customers.first_won_date',
      ])
      .execute(),
    loadDictionaries(db, reader.scope),
  ]);
  const byIndustry = new Map<string | null, number[]>();
  for (const c of won) {
    const start = c.first_contact_date ?? todayIn(ctx.timeZone, new Date(c.created_at));
    // A first contact typed after the deal closed is a late entry, not a negative cycle: same day.
    const days = Math.max(0, daysBetween(start, c.first_won_date ?? start));
    const group = byIndustry.get(c.industry) ?? [];
    group.push(days);
    byIndustry.set(c.industry, group);
  }
  const rows = [...byIndustry].map(([key, days]) => ({
    key,
    label: key ? dicts.label('industry', key, reader.locale) : unknownLabel(reader.locale),
    ...figures(days),
  }));
  rows.sort(byFigureThenLabel((r) => r.customers));
  return {
    ...reportHead(ctx),
    rows,
    totals: figures([...byIndustry.values()].flat()),
  };
}
