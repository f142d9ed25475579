import { maskText } from '../../domain/masking';
import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { can, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { afterBinKey, type BinType } from '../recycle-bin/bin-type';
import { visibleTasks } from './task.repository';
import { TASK_ENTITY } from './task.service';

const deleted = (db: DB, scope: Scope) => visibleTasks(db, scope, true);

export const taskBin: BinType = {
  type: TASK_ENTITY,
  visibleTo: () => true,
  async list(db, scope, limit, after) {
    let query = deleted(db, scope).select(['id', 'title', 'deleted_at', 'deleted_by']);
    if (after) query = query.where(afterBinKey(after));
    const rows = await query.orderBy('deleted_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    const masked = !can(
      { id: scope.userId, workspaceId: scope.workspaceId, role: scope.role },
      'personalData.view',
    );
    return rows.map((r) => ({
      id: r.id,
      title: (masked ? maskText(r.title) : r.title).slice(0, 60),
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
      .updateTable('tasks')
      .set({ deleted_at: null, deleted_by: null, updated_at: nowIso(), version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordHistory(db, scope, { entityType: TASK_ENTITY, entityId: id, action: 'restore', changes: {} });
  },
  async purge(db, scope, id) {
    const row = await deleted(db, scope).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('tasks').where('id', '=', id).execute();
    await recordHistory(db, scope, { entityType: TASK_ENTITY, entityId: id, action: 'purge', changes: {} });
  },
};
