import { sql } from 'kysely';
import type { DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import type { AnalyticsContext } from './analytics-context';
import { sharedByOthers } from './analytics-customers';

export type MemberDayCount = 'logged' | 'due';

interface DaySum {
  n: number;
  onTime: number;
}

/**
 * A sales member's follow-ups on days of the range (`logged`; onTime is 0), or their agreed dates in it with how many
 * were answered on or before the day (`due`), over the customers they may see; with the member chosen (themselves:
 * subjectOf) only the follow-ups they logged. Those of the customers they own are counted per day ahead
 * (follow_up_day_counts' owner kinds, migration 2026_12_02_120000); the few shared with them by others are counted.
 */
export async function memberDaySum(
  db: DB,
  ctx: AnalyticsContext,
  what: MemberDayCount,
  range: DayRange,
): Promise<DaySum> {
  const [owned, shared] = await Promise.all([
    ownedDaySum(db, ctx, what, range),
    sharedDaySum(db, ctx, what, range),
  ]);
  return { n: owned.n + shared.n, onTime: owned.onTime + shared.onTime };
}

/** Over the customers the member owns: their days as kept by the customer's owner (kinds owner / owner_self). */
async function ownedDaySum(db: DB, ctx: AnalyticsContext, what: MemberDayCount, range: DayRange) {
  const { scope } = ctx.reader;
  const row = await db
    .selectFrom('follow_up_day_counts')
    .select([
      sql<number>`coalesce(sum(${sql.ref(what)}), 0)`.as('n'),
      sql<number>`coalesce(sum(on_time), 0)`.as('on_time'),
    ])
    .where('workspace_id', '=', scope.workspaceId)
    .where('kind', '=', ctx.userId ? 'owner_self' : 'owner')
    .where('user_id', '=', scope.userId)
    .where('method', '=', '')
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .executeTakeFirstOrThrow();
  return { n: Number(row.n), onTime: what === 'due' ? Number(row.on_time) : 0 };
}

/**
 * Over the customers shared with the member, each one's follow-ups through its own index, by their stored day as
 * the kept counts take them.
 */
async function sharedDaySum(db: DB, ctx: AnalyticsContext, what: MemberDayCount, range: DayRange) {
  const counted = (onTime: boolean) => {
    let q = db
      .selectFrom('follow_ups')
      .select(sql<number>`count(*)`.as('n'))
      .where('follow_ups.customer_id', '=', sql.ref<string>('customers.id'))
      .where('follow_ups.deleted_at', 'is', null);
    if (ctx.userId) q = q.where('follow_ups.user_id', '=', ctx.userId);
    q =
      what === 'logged'
        ? q.where('follow_ups.day', '>=', range.from).where('follow_ups.day', '<=', range.to)
        : q.where('follow_ups.due_date', '>=', range.from).where('follow_ups.due_date', '<=', range.to);
    return onTime ? q.whereRef('follow_ups.day', '<=', 'follow_ups.due_date') : q;
  };
  const row = await sharedByOthers(db, ctx)
    .select([
      sql<number>`coalesce(sum((${counted(false)})), 0)`.as('n'),
      // Only agreed dates are answered on time or not.
      what === 'due'
        ? sql<number>`coalesce(sum((${counted(true)})), 0)`.as('on_time')
        : sql<number>`0`.as('on_time'),
    ])
    .executeTakeFirstOrThrow();
  return { n: Number(row.n), onTime: Number(row.on_time) };
}
