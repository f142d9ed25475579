import { sql } from 'kysely';
import { instantRange, type DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import type { AnalyticsContext } from './analytics-context';
import { visibleParts } from './analytics-customers';

export type MemberDayCount = 'logged' | 'due';

/**
 * A sales member's follow-ups on days of the range (`logged`; onTime is 0), or their agreed dates in it with how many
 * were answered on or before the day (`due`), counted customer by customer through each one's index. Callers pass
 * only the spans not kept (this month's days, a comparison period's clipped ones): closed months come from
 * analytics_months (reports 'figures' and 'timeliness').
 */
export async function memberDaySum(
  db: DB,
  ctx: AnalyticsContext,
  what: MemberDayCount,
  range: DayRange,
): Promise<{ n: number; onTime: number }> {
  const { from, before } = instantRange(range, ctx.timeZone);
  // Counted per customer by a subquery through its own index: a join of the two ran as a parallel nested loop that
  // took twice as long on PostgreSQL for the same probes.
  const counted = (onTime: boolean) => {
    let q = db
      .selectFrom('follow_ups')
      .select(sql<number>`count(*)`.as('n'))
      .where('follow_ups.customer_id', '=', sql.ref<string>('customers.id'))
      .where('follow_ups.deleted_at', 'is', null);
    if (ctx.userId) q = q.where('follow_ups.user_id', '=', ctx.userId);
    q =
      what === 'logged'
        ? q
            .where('follow_ups.at', '>=', from)
            .where('follow_ups.at', '<', before)
            .where('follow_ups.day', '>=', range.from)
            .where('follow_ups.day', '<=', range.to)
        : q.where('follow_ups.due_date', '>=', range.from).where('follow_ups.due_date', '<=', range.to);
    return onTime ? q.whereRef('follow_ups.day', '<=', 'follow_ups.due_date') : q;
  };
  const parts = await Promise.all(
    visibleParts(db, ctx).map((part) =>
      part
        .select([
          sql<number>`coalesce(sum((${counted(false)})), 0)`.as('n'),
          // Only agreed dates are answered on time or not.
          what === 'due'
            ? sql<number>`coalesce(sum((${counted(true)})), 0)`.as('on_time')
            : sql<number>`0`.as('on_time'),
        ])
        .executeTakeFirstOrThrow(),
    ),
  );
  return {
    n: parts.reduce((sum, row) => sum + Number(row.n), 0),
    onTime: parts.reduce((sum, row) => sum + Number(row.on_time), 0),
  };
}
