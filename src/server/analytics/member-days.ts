import { sql } from 'kysely';
import { instantRange, type DayRange } from '../../domain/analytics';
import type { DB } from '../db/schema';
import type { AnalyticsContext } from './analytics-context';
import { visibleParts } from './analytics-customers';

export type MemberDayCount = 'logged' | 'due';

/**
 * A sales member's follow-ups on days of the range (`logged`), or their agreed dates in it with how many were
 * answered on or before the day (`due`): one walk over their customers, each one's follow-ups through its own index.
 * Only the range's own days are read: the closed months of both figures are kept (report 'figures' and
 * 'timeliness'), so what is left is this month's days and a comparison period's clipped ones. A walk over both
 * periods at once, shared by the figures, read months of follow-ups to count a few days.
 */
export async function memberDaySum(
  db: DB,
  ctx: AnalyticsContext,
  what: MemberDayCount,
  range: DayRange,
): Promise<{ n: number; onTime: number }> {
  const { from, before } = instantRange(range, ctx.timeZone);
  const parts = await Promise.all(
    visibleParts(db, ctx).map((part) => {
      let q = part
        .innerJoin('follow_ups', 'follow_ups.customer_id', 'customers.id')
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
      return q
        .select([
          sql<number>`count(*)`.as('n'),
          sql<number>`count(case when follow_ups.day <= follow_ups.due_date then 1 end)`.as('on_time'),
        ])
        .executeTakeFirstOrThrow();
    }),
  );
  return {
    n: parts.reduce((sum, row) => sum + Number(row.n), 0),
    onTime: parts.reduce((sum, row) => sum + Number(row.on_time), 0),
  };
}
