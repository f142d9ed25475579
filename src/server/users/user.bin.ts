import { notFound } from '../http/errors';
import { afterBinKey, type BinType } from '../recycle-bin/bin-type';
import { recordHistory } from '../history/history.service';
import { purgeUser, restoreUser } from './user.repository';
import { USER_ENTITY } from './user.service';

/** Removed members; only those who manage members see them. */
export const userBin: BinType = {
  type: USER_ENTITY,
  visibleTo: (scope) => scope.role === 'owner' || scope.role === 'admin',
  async list(db, scope, limit, after) {
    let query = db
      .selectFrom('users')
      .select(['id', 'name', 'login', 'deleted_at', 'deleted_by'])
      .where('workspace_id', '=', scope.workspaceId)
      .where('deleted_at', 'is not', null);
    if (after) query = query.where(afterBinKey(after));
    const rows = await query.orderBy('deleted_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      title: `${r.name} (${r.login})`,
      deletedAt: r.deleted_at ?? '',
      deletedBy: r.deleted_by,
    }));
  },
  async count(db, scope) {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', scope.workspaceId)
      .where('deleted_at', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
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
