import { sql } from 'kysely';
import { type DayRange, type TAnalyticsQuery, type TDashboard } from '../../domain/analytics';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { openInstallments } from '../projects/receivables.repository';
import { analyticsContext, seesWholeWorkspace, type AnalyticsContext } from './analytics-context';
import { customersTotal, customersWithDay } from './analytics-customers';
import { memberDaySum } from './member-days';
import { figuresOver, type Figures } from './period-figures';
import { followUpDayCounts, reportHead } from './sources';

/**
 * 数据看板: each figure over the period and over the comparison period, with the same conditions the lists behind the
 * figures apply (period-figures.ts: closed months kept, the rest counted), and two figures of today: what is overdue and the health
 * of the customers.
 */
export async function dashboard(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TDashboard> {
  const ctx = await analyticsContext(db, reader, query);
  const both = async <T>(figure: (range: DayRange) => Promise<T>) => {
    const [current, previous] = await Promise.all([figure(ctx.current), figure(ctx.previous)]);
    return { current, previous };
  };
  const [figures, timeliness, overdue, health] = await Promise.all([
    both((range) => figuresOver(db, ctx, range)),
    both((range) => timelinessIn(db, ctx, range)),
    overdueNow(db, ctx),
    healthNow(db, ctx),
  ]);
  const compared = (key: keyof Figures) => ({ value: figures.current[key], previous: figures.previous[key] });
  return {
    ...reportHead(ctx),
    period: { kind: ctx.kind, current: ctx.current, previous: ctx.previous },
    today: ctx.today,
    newCustomers: compared('newCustomers'),
    wonCustomers: compared('wonCustomers'),
    followUps: compared('followUps'),
    wonAmount: compared('wonAmount'),
    wonDeals: compared('wonDeals'),
    receivedAmount: compared('receivedAmount'),
    timeliness,
    overdueReceivables: overdue,
    health,
  };
}

/**
 * 跟进及时率: of the due dates falling in the period (up to yesterday: today's are not late yet), how many were
 * answered by a follow-up on or before the day. A due date is answered by the follow-up that remembers it
 * (follow_ups.due_date); one still waiting is the customer's stored next due date, passed.
 */
async function timelinessIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const yesterday = addDays(ctx.today, -1);
  const last = range.to < yesterday ? range.to : yesterday;
  const [answered, waiting] = await Promise.all([
    seesWholeWorkspace(ctx) ? dueInWorkspace(db, ctx, range) : memberDaySum(db, ctx, 'due', range),
    last < range.from ? 0 : customersWithDay(db, ctx, 'next_due_date', range.from, addDays(last, 1)),
  ]);
  const due = answered.n + waiting;
  return { onTime: answered.onTime, due, rate: due ? answered.onTime / due : null };
}

/** The agreed dates in the range and those answered on time, as kept per day for the whole workspace. */
async function dueInWorkspace(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const row = await followUpDayCounts(db, ctx, range)
    .select([
      sql<number>`coalesce(sum(due), 0)`.as('due'),
      sql<number>`coalesce(sum(on_time), 0)`.as('on_time'),
    ])
    .executeTakeFirstOrThrow();
  return { n: Number(row.due), onTime: Number(row.on_time) };
}

/** Overdue today: open installments past their effective due date (the receivables view's 已逾期). */
async function overdueNow(db: DB, ctx: AnalyticsContext) {
  const row = await openInstallments(db, ctx.reader, { ownerId: ctx.userId ?? undefined })
    .where('installments.effective_due_date', '<', ctx.today)
    .select([
      sql<number>`coalesce(sum(installments.amount_due - installments.received_amount), 0)`.as('amount'),
      sql<number>`count(*)`.as('n'),
    ])
    .executeTakeFirstOrThrow();
  return { amount: Number(row.amount), count: Number(row.n) };
}

/**
 * 客户健康度 today, as the customer list's health filter draws the lines (last follow-up day against thresholds):
 * two counts by the last follow-up day (kept per day for the whole workspace), and the rest of the customers are at
 * risk (never followed up too).
 */
async function healthNow(db: DB, ctx: AnalyticsContext) {
  const activeFrom = addDays(ctx.today, -ctx.health.dormantAfter);
  const dormantFrom = addDays(ctx.today, -ctx.health.atRiskAfter);
  const since = (from: string, before: string | null) =>
    customersWithDay(db, ctx, 'last_follow_up_day', from, before);
  const [active, dormant, total] = await Promise.all([
    since(activeFrom, null),
    since(dormantFrom, activeFrom),
    customersTotal(db, ctx),
  ]);
  return { active, dormant, atRisk: total - active - dormant };
}
