import { sql } from 'kysely';
import { instantRange, type DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import { seesWholeWorkspace, type AnalyticsContext } from './analytics-context';
import { countParts } from './analytics-customers';
import { keptMonths } from './kept-months';
import { memberDaySum } from './member-days';
import { monthsOf, type MonthSpan } from './months';
import { followUpDayCounts, paymentsOn, WON_AMOUNT, wonDealsIn } from './sources';

// The dashboard's and the monthly table's figures over a period, each counted one way. What happened in a closed
// month is kept (analytics_months, report 'figures'; the triggers of 2026_12_01_140000 drop a month when a change
// dated in it arrives), so a year reads eleven kept months and counts this one.

export interface Figures {
  newCustomers: number;
  wonCustomers: number;
  wonDeals: number;
  wonAmount: number;
  followUps: number;
  receivedAmount: number;
}

/** Each month of the range (clipped to it) with its figures. */
export function figuresByMonth(
  db: DB,
  ctx: AnalyticsContext,
  range: DayRange,
): Promise<(MonthSpan & Figures)[]> {
  return keptMonths(db, ctx, 'figures', null, monthsOf(range), async (span) => ({
    ...span,
    ...(await countedIn(db, ctx, span)),
  }));
}

/**
 * The figures over a range: the months added up (pass them when already read), but a customer won in two months is
 * one won customer.
 */
export async function figuresOver(
  db: DB,
  ctx: AnalyticsContext,
  range: DayRange,
  read?: (MonthSpan & Figures)[],
): Promise<Figures> {
  const months = read ?? (await figuresByMonth(db, ctx, range));
  const sum = (key: keyof Figures) => months.reduce((n, month) => n + month[key], 0);
  const only = months.length === 1 ? months[0] : undefined;
  return {
    newCustomers: sum('newCustomers'),
    wonCustomers: only ? only.wonCustomers : await wonCustomersIn(db, ctx, range),
    wonDeals: sum('wonDeals'),
    wonAmount: sum('wonAmount'),
    followUps: sum('followUps'),
    receivedAmount: sum('receivedAmount'),
  };
}

async function countedIn(db: DB, ctx: AnalyticsContext, range: DayRange): Promise<Figures> {
  const [newCustomers, won, followUps, receivedAmount] = await Promise.all([
    newCustomersIn(db, ctx, range),
    wonIn(db, ctx, range),
    followUpsIn(db, ctx, range),
    receivedIn(db, ctx, range),
  ]);
  return {
    newCustomers,
    wonCustomers: won.customers,
    wonDeals: won.deals,
    wonAmount: won.amount,
    followUps,
    receivedAmount,
  };
}

/** 成交客户: the customers of the deals won in the range, each once. */
async function wonCustomersIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const row = await wonDealsIn(db, ctx, range)
    .select(sql<number>`count(distinct deals.customer_id)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 新增客户: created in the period (the workspace's days), owned by the member when one is chosen. */
function newCustomersIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const { from, before } = instantRange(range, ctx.timeZone);
  return countParts(db, ctx, (customers) =>
    customers.where('customers.created_at', '>=', from).where('customers.created_at', '<', before),
  );
}

/** 成交: deals won with a closed date in the period; the customers they were won with, each once, and the amount. */
async function wonIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const row = await wonDealsIn(db, ctx, range)
    .select([
      sql<number>`count(distinct deals.customer_id)`.as('customers'),
      sql<number>`count(*)`.as('deals'),
      sql<number>`coalesce(sum(${WON_AMOUNT}), 0)`.as('amount'),
    ])
    .executeTakeFirstOrThrow();
  return { customers: Number(row.customers), deals: Number(row.deals), amount: Number(row.amount) };
}

/** 跟进次数: follow-ups on a day of the period, by the member when one is chosen. */
async function followUpsIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  if (!seesWholeWorkspace(ctx)) return (await memberDaySum(db, ctx, 'logged', range)).n;
  const row = await followUpDayCounts(db, ctx, range)
    .select(sql<number>`coalesce(sum(logged), 0)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 回款: payments received on a day of the period; a member's are those of the projects they own. */
async function receivedIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  let q = paymentsOn(db, ctx, range);
  if (ctx.userId) {
    const userId = ctx.userId;
    q = q.where((eb) =>
      eb.exists(
        db
          .selectFrom('projects')
          .select('projects.id')
          .where('projects.id', '=', sql.ref<string>('payments.project_id'))
          .where('projects.owner_id', '=', userId),
      ),
    );
  }
  const row = await q
    .select(sql<number>`coalesce(sum(payments.amount), 0)`.as('amount'))
    .executeTakeFirstOrThrow();
  return Number(row.amount);
}
