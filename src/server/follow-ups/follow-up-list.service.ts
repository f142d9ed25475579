import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { TFollowUp } from '../../domain/follow-up';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { TOTAL_CAP } from '../customers/customer-total';
import { visibleFollowUps } from './follow-up.repository';
import { serializeFollowUps } from './follow-up.service';

export const ZFollowUpListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  customerId: z.string().max(64).optional(),
  /** `me` is the caller. */
  userId: z.string().max(64).optional(),
});

/** Newest first, by time then id (keyset); one customer's, one person's, or every visible one. */
export async function listFollowUps(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZFollowUpListQuery>,
): Promise<Page<TFollowUp>> {
  let q = visibleFollowUps(db, reader.scope).selectAll('follow_ups');
  if (query.customerId) q = q.where('follow_ups.customer_id', '=', query.customerId);
  if (query.userId)
    q = q.where('follow_ups.user_id', '=', query.userId === 'me' ? reader.actor.id : query.userId);
  const matching = q;
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor) as [string, string];
    q = q.where(sql<SqlBool>`(follow_ups.at < ${at} or (follow_ups.at = ${at} and follow_ups.id < ${id}))`);
  }
  const counted = await db
    .selectFrom(
      matching
        .select(sql`1`.as('one'))
        .limit(TOTAL_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  const rows = await q
    .orderBy('follow_ups.at', 'desc')
    .orderBy('follow_ups.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await serializeFollowUps(db, reader, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.at, last.id]) : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
