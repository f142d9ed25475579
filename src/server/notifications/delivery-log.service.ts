import { sql } from 'kysely';
import { z } from 'zod';
import type { TLocale } from '../../domain/locale';
import { DELIVERY_STATUSES, type TDelivery } from '../../domain/notification';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import type { Scope } from '../http/policy';
import { canManageWorkspaceChannels } from './channel.repository';
import { deliveryError } from './delivery-errors';

export const ZDeliveryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  channelId: z.string().max(64).optional(),
  status: z.enum(DELIVERY_STATUSES).optional(),
});

const TOTAL_CAP = 10_000;

/** Owners and admins see every delivery of the workspace; everyone else those of their own notifications and tests. */
function visibleDeliveries(db: DB, scope: Scope) {
  let q = db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_channels as c', 'c.id', 'd.channel_id')
    .where('d.workspace_id', '=', scope.workspaceId);
  if (!canManageWorkspaceChannels(scope)) q = q.where('d.user_id', '=', scope.userId);
  return q;
}

/** The delivery log, newest first (ids are time-ordered). */
export async function listDeliveries(
  db: DB,
  scope: Scope,
  query: z.infer<typeof ZDeliveryQuery>,
  locale: TLocale,
): Promise<Page<TDelivery>> {
  let q = visibleDeliveries(db, scope);
  if (query.channelId) q = q.where('d.channel_id', '=', query.channelId);
  if (query.status) q = q.where('d.status', '=', query.status);
  const matching = q;
  if (query.cursor) q = q.where('d.id', '<', String(decodeCursor(query.cursor)[0]));
  const rows = await q
    .leftJoin('users as u', 'u.id', 'd.user_id')
    .selectAll('d')
    .select([
      'c.name as channel_name',
      'c.kind as channel_kind',
      'c.user_id as channel_owner',
      'u.name as user_name',
    ])
    .orderBy('d.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const counted = await db
    .selectFrom(
      matching
        .select(sql`1`.as('one'))
        .limit(TOTAL_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const n = Number(counted.n);
  return {
    items: page.map((r) => ({
      id: r.id,
      channel: {
        id: r.channel_id,
        name: r.channel_name,
        kind: r.channel_kind,
        scope: r.channel_owner ? 'personal' : 'workspace',
      },
      kind: r.kind,
      title: r.title,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
      sentAt: r.sent_at,
      createdAt: r.created_at,
      user: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
      error: r.error_code ? deliveryError(locale, r.error_code, r.last_error) : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
