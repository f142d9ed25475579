import { sql } from 'kysely';
import { instantRange, type DayRange, type TAnalyticsQuery } from '../../domain/analytics';
import type { TLeaderboardReport } from '../../domain/analytics-reports';
import type { TRole } from '../../domain/roles';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import { can } from '../http/policy';
import { keptSums, type Sums } from './kept-months';
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
  const [members, sums] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('deleted_at', 'is', null)
      .where('role', 'in', RANKED_ROLES)
      .execute(),
    keptSums(db, ctx, 'leaderboard', null, ctx.current, (range) => sumsByMember(db, ctx, range)),
  ]);
  const figure = (name: string, id: string) => sums[`${name}:${id}`] ?? 0;
  const rows = members.map((m) => ({
    user: { id: m.id, name: m.name, role: m.role },
    wonAmount: figure('wonAmount', m.id),
    wonDeals: figure('wonDeals', m.id),
    receivedAmount: figure('receivedAmount', m.id),
    followUps: figure('followUps', m.id),
    newCustomers: figure('newCustomers', m.id),
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

/** A range's figures as `<figure>:<member id>` sums (closed months are kept: keptSums). */
async function sumsByMember(db: DB, ctx: AnalyticsContext, range: DayRange): Promise<Sums> {
  const [won, received, followUps, newCustomers] = await Promise.all([
    wonByOwner(db, ctx, range),
    receivedByOwner(db, ctx, range),
    followUpsByMember(db, ctx, range),
    newCustomersByOwner(db, ctx, range),
  ]);
  const sums: Sums = {};
  const put = (name: string, totals: Totals) => {
    for (const [id, n] of totals) sums[`${name}:${id}`] = n;
  };
  put('wonDeals', won.deals);
  put('wonAmount', won.amount);
  put('receivedAmount', received);
  put('followUps', followUps);
  put('newCustomers', newCustomers);
  return sums;
}

const totals = (rows: { id: string | null; n: number | string }[]): Totals =>
  new Map(rows.filter((r) => r.id).map((r) => [r.id as string, Number(r.n)]));

/** 成交: won deals closed in the period, by the deal's owner. */
async function wonByOwner(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const rows = await wonDealsIn(db, ctx, range, false)
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
async function receivedByOwner(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const rows = await paymentsOn(db, ctx, range)
    .innerJoin('projects', 'projects.id', 'payments.project_id')
    .groupBy('projects.owner_id')
    .select(['projects.owner_id as id', sql<number>`coalesce(sum(payments.amount), 0)`.as('n')])
    .execute();
  return totals(rows);
}

/** 跟进: follow-ups on a day of the period, by who logged them. */
async function followUpsByMember(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const rows = seesWholeWorkspace(ctx)
    ? await followUpDayCounts(db, ctx, range, { byMember: false })
        .groupBy('follow_up_day_counts.user_id')
        .select(['follow_up_day_counts.user_id as id', sql<number>`sum(logged)`.as('n')])
        .execute()
    : await followUpsOn(db, ctx, range, false)
        .groupBy('follow_ups.user_id')
        .select(['follow_ups.user_id as id', sql<number>`count(*)`.as('n')])
        .execute();
  return totals(rows);
}

/** 新增客户: live customers created in the period (the workspace's days), by their owner now. */
async function newCustomersByOwner(db: DB, ctx: AnalyticsContext, range: DayRange) {
  const { from, before } = instantRange(range, ctx.timeZone);
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
