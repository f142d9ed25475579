import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { now } from '../clock';
import { todayIn } from '../../domain/dates';
import type { TCustomer } from '../../domain/customer';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { CUSTOMER_ENTITY, getCustomer, serialize } from '../customers/customer.service';
import { isPostgres, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { can } from '../http/policy';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { recordHistory } from '../history/history.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';

export const ZPoolQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** Customers nobody owns, newest to the pool first (by id: UUIDv7 keeps creation order). */
export async function listPool(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZPoolQuery>,
): Promise<Page<TCustomer>> {
  let q = db
    .selectFrom('customers')
    .selectAll()
    .where('workspace_id', '=', reader.scope.workspaceId)
    .where('owner_id', 'is', null)
    .where('deleted_at', 'is', null);
  if (query.cursor) q = q.where('id', '<', String(decodeCursor(query.cursor)[0]));
  const rows = await q
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const counted = await db
    .selectFrom('customer_counts')
    .select('n')
    .where('workspace_id', '=', reader.scope.workspaceId)
    .where('dimension', '=', 'owner')
    .where('key', '=', '')
    .executeTakeFirst();
  return {
    items: await serialize(db, reader, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    total: Number(counted?.n ?? 0),
  };
}

/**
 * 领取: the caller becomes the owner if the customer is still in the pool and they hold fewer customers than the
 * workspace's limit. Two people claiming at once: the first wins, the second is told it is gone.
 */
export async function claimCustomer(db: DB, reader: Reader, id: string): Promise<TCustomer> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const settings = await loadWorkspaceSettings(trx, scope.workspaceId);
    const limit = settings.pool.claimLimit;
    if (limit !== null) {
      // One claim at a time per member, so two parallel claims cannot both pass the limit.
      if (isPostgres(trx)) await sql`select id from users where id = ${scope.userId} for update`.execute(trx);
      const held = await trx
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', scope.workspaceId)
        .where('owner_id', '=', scope.userId)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(held.n) >= limit) throw new AppError('POOL_CLAIM_LIMIT', { params: { limit } });
    }
    const claimed = await trx
      .updateTable('customers')
      .set((eb) => ({
        owner_id: scope.userId,
        owner_since: todayIn(settings.timeZone, now()),
        updated_at: nowIso(),
        updated_by: scope.userId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('workspace_id', '=', scope.workspaceId)
      .where('owner_id', 'is', null)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new AppError('NOT_IN_POOL');
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'claim',
      changes: { ownerId: { from: null, to: scope.userId } },
    });
  });
  return getCustomer(db, reader, id);
}

/** 放回公海: the owner (or someone who assigns customers) gives the customer up. */
export async function releaseCustomer(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const row = await findCustomerRow(trx, scope, id);
    if (!row || row.owner_id === null) throw notFound();
    if (row.owner_id !== scope.userId && !can(reader.actor, 'customers.assign'))
      throw new AppError('FORBIDDEN');
    await trx
      .updateTable('customers')
      .set({
        owner_id: null,
        owner_since: null,
        updated_at: nowIso(),
        updated_by: scope.userId,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where(sql<SqlBool>`owner_id is not null`)
      .execute();
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'release',
      changes: { ownerId: { from: row.owner_id, to: null } },
    });
  });
}
