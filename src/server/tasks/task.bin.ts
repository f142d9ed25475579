import { maskText } from '../../domain/masking';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { scopeCan, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
import { visibleTasks } from './task.repository';
import { TASK_ENTITY } from './task.service';

const deleted = (db: DB, scope: Scope) => visibleTasks(db, scope, true);

export const taskBin: BinType = {
  type: TASK_ENTITY,
  visibleTo: () => true,
  async list(db, scope, limit, after) {
    const masked = !scopeCan(scope, 'personalData.view');
    return deletedPage(
      deleted(db, scope).select(['tasks.id', 'tasks.title', 'tasks.deleted_at', 'tasks.deleted_by']),
      limit,
      after,
      (r) => (masked ? maskText(r.title) : r.title).slice(0, 60),
    );
  },
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope)
      .select(['tasks.id', 'tasks.version'])
      .where('tasks.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'tasks', scope, row);
    await recordHistory(db, scope, { entityType: TASK_ENTITY, entityId: id, action: 'restore', changes: {} });
  },
  async purge(db, scope, id) {
    const row = await deleted(db, scope).select('tasks.id').where('tasks.id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('tasks').where('id', '=', id).execute();
    await recordHistory(db, scope, { entityType: TASK_ENTITY, entityId: id, action: 'purge', changes: {} });
  },
};
