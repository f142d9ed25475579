import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
import { refreshDealFields } from './deal-fields';
import { visibleDeals } from './deal.repository';
import { DEAL_ENTITY } from './deal.service';

const deleted = (db: DB, scope: Scope) => visibleDeals(db, scope, true);

export const dealBin: BinType = {
  type: DEAL_ENTITY,
  visibleTo: () => true,
  list: (db, scope, limit, after) =>
    deletedPage(
      deleted(db, scope).select(['id', 'number', 'title', 'deleted_at', 'deleted_by']),
      limit,
      after,
      (r) => `${r.number} ${r.title}`,
    ),
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope)
      .select(['id', 'version', 'customer_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'deals', scope, row);
    await refreshDealFields(db, scope.workspaceId, [row.customer_id]);
    await recordHistory(db, scope, { entityType: DEAL_ENTITY, entityId: id, action: 'restore', changes: {} });
  },
  async purge(db, scope, id) {
    const row = await deleted(db, scope).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('deals').where('id', '=', id).execute();
    await recordHistory(db, scope, { entityType: DEAL_ENTITY, entityId: id, action: 'purge', changes: {} });
  },
};
