import { purgeFollowUpAttachments } from '../attachments/attachment.bin';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { afterBinKey, type BinType } from '../recycle-bin/bin-type';
import { recordHistory } from '../history/history.service';
import { indexCustomer, unindexCustomer } from './customer-search';
import { CUSTOMER_ENTITY } from './customer.service';

/** Deleted customers the caller could see before: sales their own, everyone else the workspace's. */
function deleted(db: DB, scope: Scope) {
  let query = db
    .selectFrom('customers')
    .where('workspace_id', '=', scope.workspaceId)
    .where('deleted_at', 'is not', null);
  if (scope.ownOnly) query = query.where('owner_id', '=', scope.userId);
  return query;
}

export const customerBin: BinType = {
  type: CUSTOMER_ENTITY,
  visibleTo: (scope) => scope.role !== 'service',
  async list(db, scope, limit, after) {
    let query = deleted(db, scope).select(['id', 'name', 'number', 'deleted_at', 'deleted_by']);
    if (after) query = query.where(afterBinKey(after));
    const rows = await query.orderBy('deleted_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      title: `${r.name} (${r.number})`,
      deletedAt: r.deleted_at ?? '',
      deletedBy: r.deleted_by,
    }));
  },
  async count(db, scope) {
    const row = await deleted(db, scope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async restore(db, scope, id) {
    const row = await deleted(db, scope).select(['id', 'version']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await db
      .updateTable('customers')
      .set({
        deleted_at: null,
        deleted_by: null,
        updated_at: new Date().toISOString(),
        updated_by: scope.userId,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .execute();
    await indexCustomer(db, id);
    await recordHistory(db, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'restore',
      changes: {},
    });
  },
  async purge(db, scope, id, ctx) {
    const row = await deleted(db, scope)
      .select(['id', 'search_rowid'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await unindexCustomer(db, row.search_rowid);
    // Its follow-ups go with it (a cascading key); their files are ours to remove.
    await purgeFollowUpAttachments(db, scope.workspaceId, { customerId: id }, ctx);
    await db.deleteFrom('contacts').where('customer_id', '=', id).execute();
    await db.deleteFrom('customers').where('id', '=', id).execute();
    await recordHistory(db, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'purge',
      changes: {},
    });
  },
};
