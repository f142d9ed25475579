import { sql } from 'kysely';
import { instantRange, type TAnalyticsQuery } from '../../domain/analytics';
import type { TLeaderboardReport } from '../../domain/analytics-reports';
import type { TRole } from '../../domain/roles';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import { can } from '../http/policy';
import { followUpDayCounts, followUpsOn, groupKey, paymentsOn, WON_AMOUNT, wonDealsIn } from './sources';
import { analyticsContext, seesWholeWorkspace, type AnalyticsContext } from './analytics-context';

/** Those who sell and are ranked; service members deliver and are left out. */
const RANKED_ROLES: readonly TRole[] = ['owner', 'admin', 'manager', 'sales'];

type Totals = Map<string, number>;

/**
 * 业绩排行: each selling member's figures over the period, the same conditions as the dashboard's for one member.
 * Comparing colleagues needs every customer, so only those who may hand customers over read it.
 */
export async function leaderboardReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TLeaderboardReport> {
  if (!can(reader.actor, 'customers.assign')) throw new AppError('FORBIDDEN');
  const ctx = await analyticsContext(db, reader, { ...query, userId: undefined });
  const [members, won, received, followUps, newCustomers] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('deleted_at', 'is', null)
      .where('role', 'in', RANKED_ROLES)
      .execute(),
    wonByOwner(db, ctx),
    receivedByOwner(db, ctx),
    followUpsByMember(db, ctx),
    newCustomersByOwner(db, ctx),
  ]);
  const rows = members.map((m) => ({
    user: { id: m.id, name: m.name, role: m.role },
    wonAmount: won.amount.get(m.id) ?? 0,
    wonDeals: won.deals.get(m.id) ?? 0,
    receivedAmount: received.get(m.id) ?? 0,
    followUps: followUps.get(m.id) ?? 0,
    newCustomers: newCustomers.get(m.id) ?? 0,
  }));
  // Names in pinyin order, as a Chinese list is read; the id keeps namesakes in a stable order.
  const collator = new Intl.Collator('zh-CN');
  rows.sort(
    (a, b) =>
      b.wonAmount - a.wonAmount ||
      collator.compare(a.user.name, b.user.name) ||
      (a.user.id < b.user.id ? -1 : 1),
  );
  return {
    period: { kind: ctx.kind, current: ctx.current },
    subject: { userId: null, name: null },
    rows,
  };
}

const totals = (rows: { id: string | null; n: number | string }[]): Totals =>
  new Map(rows.filter((r) => r.id).map((r) => [r.id as string, Number(r.n)]));

/** 成交: won deals closed in the period, by the deal's owner. */
async function wonByOwner(db: DB, ctx: AnalyticsContext) {
  const rows = await wonDealsIn(db, ctx, ctx.current, false)
    .groupBy(groupKey('deals.owner_id'))
    .select([
      groupKey('deals.owner_id').as('id'),
      sql<number>`count(*)`.as('deals'),
      sql<number>`coalesce(sum(${WON_AMOUNT}), 0)`.as('amount'),
    ])
    .execute();
  return {
    deals: totals(rows.map((r) => ({ id: r.id, n: r.deals }))),
    amount: totals(rows.map((r) => ({ id: r.id, n: r.amount }))),
  };
}

/** 回款: payments dated in the period, by the owner of their project. */
async function receivedByOwner(db: DB, ctx: AnalyticsContext) {
  const rows = await paymentsOn(db, ctx, ctx.current)
    .innerJoin('projects', 'projects.id', 'payments.project_id')
    .groupBy('projects.owner_id')
    .select(['projects.owner_id as id', sql<number>`coalesce(sum(payments.amount), 0)`.as('n')])
    .execute();
  return totals(rows);
}

/** 跟进: follow-ups on a day of the period, by who logged them. */
async function followUpsByMember(db: DB, ctx: AnalyticsContext) {
  const rows = seesWholeWorkspace(ctx)
    ? await followUpDayCounts(db, ctx, ctx.current, { byMember: false })
        .groupBy('follow_up_day_counts.user_id')
        .select(['follow_up_day_counts.user_id as id', sql<number>`sum(logged)`.as('n')])
        .execute()
    : await followUpsOn(db, ctx, ctx.current, false)
        .groupBy('follow_ups.user_id')
        .select(['follow_ups.user_id as id', sql<number>`count(*)`.as('n')])
        .execute();
  return totals(rows);
}

/** 新增客户: live customers created in the period (the workspace's days), by their owner now. */
async function newCustomersByOwner(db: DB, ctx: AnalyticsContext) {
  const { from, before } = instantRange(ctx.current, ctx.timeZone);
  const rows = await db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .where('customers.created_at', '>=', from)
    .where('customers.created_at', '<', before)
    .groupBy(groupKey('customers.owner_id'))
    .select([groupKey('customers.owner_id').as('id'), sql<number>`count(*)`.as('n')])
    .execute();
  return totals(rows);
}
