import { sql } from 'kysely';
import { instantRange, type DayRange, type TAnalyticsQuery, type TDashboard } from '../../domain/analytics';
import { addDays } from '../../domain/cadence';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { openInstallments } from '../projects/receivables.repository';
import { analyticsContext, seesWholeWorkspace, type AnalyticsContext } from './analytics-context';
import { customersOf, customersTotal, sumOverVisibleCustomers } from './analytics-customers';
import {
  followUpDayCounts,
  followUpsOfCustomer,
  paymentsOn,
  reportHead,
  WON_AMOUNT,
  wonDealsIn,
} from './sources';

/**
 * 数据看板: each figure over the period and over the comparison period, counted directly from the records (the
 * same conditions the lists behind the figures apply), and two figures of today: what is overdue and the health
 * of the customers.
 */
export async function dashboard(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TDashboard> {
  const ctx = await analyticsContext(db, reader, query);
  const both = async <T>(figure: (range: DayRange) => Promise<T>) => {
    const [current, previous] = await Promise.all([figure(ctx.current), figure(ctx.previous)]);
    return { current, previous };
  };
  const compared = async (figure: (range: DayRange) => Promise<number>) => {
    const { current, previous } = await both(figure);
    return { value: current, previous };
  };
  const [newCustomers, won, followUps, receivedAmount, timeliness, overdue, health] = await Promise.all([
    compared((range) => newCustomersIn(db, ctx, range)),
    both((range) => wonIn(db, ctx, range)),
    compared((range) => followUpsIn(db, ctx, range)),
    compared((range) => receivedIn(db, ctx, range)),
    both((range) => timelinessIn(db, ctx, range)),
    overdueNow(db, ctx),
    healthNow(db, ctx),
  ]);
  return {
    ...reportHead(ctx),
    period: { kind: ctx.kind, current: ctx.current, previous: ctx.previous },
    today: ctx.today,
    newCustomers,
    wonCustomers: { value: won.current.customers, previous: won.previous.customers },
    followUps,
    wonAmount: { value: won.current.amount, previous: won.previous.amount },
    wonDeals: { value: won.current.deals, previous: won.previous.deals },
    receivedAmount,
    timeliness,
    overdueReceivables: overdue,
    health,
  };
}

/** 新增客户: created in the period (the workspace's days), owned by the member when one is chosen. */
export async function newCustomersIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const { from, before } = instantRange(range, ctx.timeZone);
  const row = await customersOf(db, ctx)
    .where('customers.created_at', '>=', from)
    .where('customers.created_at', '<', before)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 成交: deals won with a closed date in the period; the customers they were won with, each once, and the amount. */
export async function wonIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
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
export async function followUpsIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  if (!seesWholeWorkspace(ctx)) {
    const { from, before } = instantRange(range, ctx.timeZone);
    const perCustomer = followUpsOfCustomer(db, ctx)
      .where('follow_ups.at', '>=', from)
      .where('follow_ups.at', '<', before)
      .where('follow_ups.day', '>=', range.from)
      .where('follow_ups.day', '<=', range.to)
      .select((eb) => eb.fn.countAll<number>().as('n'));
    return sumOverVisibleCustomers(db, ctx, perCustomer);
  }
  const row = await followUpDayCounts(db, ctx, range)
    .select(sql<number>`coalesce(sum(logged), 0)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 回款: payments received on a day of the period; a member's are those of the projects they own. */
export async function receivedIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
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

/**
 * 跟进及时率: of the due dates falling in the period (up to yesterday: today's are not late yet), how many were
 * answered by a follow-up on or before the day. A due date is answered by the follow-up that remembers it
 * (follow_ups.due_date); one still waiting is the customer's stored next due date, passed.
 */
async function timelinessIn(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const answered = seesWholeWorkspace(ctx)
    ? await followUpDayCounts(db, ctx, range)
        .select([
          sql<number>`coalesce(sum(due), 0)`.as('due'),
          sql<number>`coalesce(sum(on_time), 0)`.as('on_time'),
        ])
        .executeTakeFirstOrThrow()
    : await dueOfVisibleCustomers(db, ctx, range);
  const yesterday = addDays(ctx.today, -1);
  const last = range.to < yesterday ? range.to : yesterday;
  const waiting =
    last < range.from
      ? { n: 0 }
      : await customersOf(db, ctx)
          .where('customers.next_due_date', '>=', range.from)
          .where('customers.next_due_date', '<=', last)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
  const due = Number(answered.due) + Number(waiting.n);
  const onTime = Number(answered.on_time);
  return { onTime, due, rate: due ? onTime / due : null };
}

/** A sales member's agreed dates in the range, customer by customer (follow_ups_customer_due_idx). */
async function dueOfVisibleCustomers(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const agreed = followUpsOfCustomer(db, ctx)
    .where('follow_ups.due_date', '>=', range.from)
    .where('follow_ups.due_date', '<=', range.to);
  const [due, onTime] = await Promise.all([
    sumOverVisibleCustomers(
      db,
      ctx,
      agreed.select((eb) => eb.fn.countAll<number>().as('n')),
    ),
    sumOverVisibleCustomers(
      db,
      ctx,
      agreed
        .whereRef('follow_ups.day', '<=', 'follow_ups.due_date')
        .select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  return { due, on_time: onTime };
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
 * two range counts on the last follow-up day, and the rest of the customers are at risk (never followed up too).
 */
async function healthNow(db: DB, ctx: AnalyticsContext) {
  const activeFrom = addDays(ctx.today, -ctx.health.dormantAfter);
  const dormantFrom = addDays(ctx.today, -ctx.health.atRiskAfter);
  const since = (from: string, before: string | null) => {
    let q = customersOf(db, ctx).where('customers.last_follow_up_day', '>=', from);
    if (before) q = q.where('customers.last_follow_up_day', '<', before);
    return q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  };
  const [active, dormant, total] = await Promise.all([
    since(activeFrom, null),
    since(dormantFrom, activeFrom),
    customersTotal(db, ctx),
  ]);
  const n = { active: Number(active.n), dormant: Number(dormant.n) };
  return { ...n, atRisk: total - n.active - n.dormant };
}
