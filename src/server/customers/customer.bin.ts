import { purgeFollowUpAttachments } from '../attachments/attachment.bin';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
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
  list: (db, scope, limit, after) =>
    deletedPage(
      deleted(db, scope).select(['id', 'name', 'number', 'deleted_at', 'deleted_by']),
      limit,
      after,
      (r) => `${r.name} (${r.number})`,
    ),
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope).select(['id', 'version']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'customers', scope, row);
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
