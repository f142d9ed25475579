import { sql } from 'kysely';
import { z } from 'zod';
import { UNREAD_CAP, type TNotification, type TNotificationPage } from '../../domain/notification';
import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor } from '../http/pagination';
import type { Scope } from '../http/policy';
import type { NotificationRow } from './notification.table';

export const ZBellQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  unread: z.enum(['true', 'false']).optional(),
});

export function toNotification(row: NotificationRow): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function mine(db: DB, scope: Scope) {
  return db
    .selectFrom('notifications')
    .where('workspace_id', '=', scope.workspaceId)
    .where('user_id', '=', scope.userId)
    .where('deleted_at', 'is', null);
}

/** Counted only so far: a badge shows "99+" long before, and the count stays one short index scan. */
export async function countUnread(db: DB, scope: Scope): Promise<number> {
  const row = await db
    .selectFrom(
      mine(db, scope)
        .where('read_at', 'is', null)
        .select(sql`1`.as('one'))
        .limit(UNREAD_CAP)
        .as('unread'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The caller's bell, newest first; ids are time-ordered, so the id alone is the keyset. */
export async function listMyNotifications(
  db: DB,
  scope: Scope,
  query: z.infer<typeof ZBellQuery>,
): Promise<TNotificationPage> {
  let q = mine(db, scope).selectAll();
  if (query.unread === 'true') q = q.where('read_at', 'is', null);
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor);
    q = q.where('id', '<', String(id));
  }
  const rows = await q
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toNotification),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    unread: await countUnread(db, scope),
  };
}

/** Marks the given notifications of the caller read, or all of them; others' ids are ignored. */
export async function markRead(db: DB, scope: Scope, ids: string[] | undefined): Promise<{ unread: number }> {
  if (!ids || ids.length > 0) {
    let q = db
      .updateTable('notifications')
      .set({ read_at: nowIso() })
      .where('workspace_id', '=', scope.workspaceId)
      .where('user_id', '=', scope.userId)
      .where('read_at', 'is', null);
    if (ids) q = q.where('id', 'in', ids);
    await q.execute();
  }
  return { unread: await countUnread(db, scope) };
}
