import { notFound } from '../http/errors';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage } from '../recycle-bin/deleted-rows';
import { recordHistory } from '../history/history.service';
import { purgeUser, restoreUser } from './user.repository';
import { USER_ENTITY } from './user.service';

const removed = (db: DB, scope: Scope) =>
  db.selectFrom('users').where('workspace_id', '=', scope.workspaceId).where('deleted_at', 'is not', null);

/** Removed members; only those who manage members see them. */
export const userBin: BinType = {
  type: USER_ENTITY,
  visibleTo: (scope) => scope.role === 'owner' || scope.role === 'admin',
  list: (db, scope, limit, after) =>
    deletedPage(
      removed(db, scope).select(['id', 'name', 'login', 'deleted_at', 'deleted_by']),
      limit,
      after,
      (r) => `${r.name} (${r.login})`,
    ),
  count: (db, scope) => countDeleted(removed(db, scope)),
  async restore(db, scope, id) {
    const row = await restoreUser(db, scope, id);
    if (!row) throw notFound();
    await recordHistory(db, scope, { entityType: USER_ENTITY, entityId: id, action: 'restore', changes: {} });
  },
  async purge(db, scope, id) {
    if (!(await purgeUser(db, scope, id))) throw notFound();
    await recordHistory(db, scope, { entityType: USER_ENTITY, entityId: id, action: 'purge', changes: {} });
  },
};
