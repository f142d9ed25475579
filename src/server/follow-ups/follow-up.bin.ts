import { maskText } from '../../domain/masking';
import { purgeFollowUpAttachments } from '../attachments/attachment.bin';
import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { can, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { afterBinKey, type BinType } from '../recycle-bin/bin-type';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { restoreFollowUpTasks } from '../tasks/task-sync';
import { refreshFollowUpFields } from './follow-up-fields';
import { visibleFollowUps } from './follow-up.repository';
import { FOLLOW_UP_ENTITY } from './follow-up.service';

const deleted = (db: DB, scope: Scope) => visibleFollowUps(db, scope, true);

export const followUpBin: BinType = {
  type: FOLLOW_UP_ENTITY,
  visibleTo: () => true,
  async list(db, scope, limit, after) {
    let query = deleted(db, scope).select(['id', 'number', 'summary', 'deleted_at', 'deleted_by']);
    if (after) query = query.where(afterBinKey(after));
    const rows = await query.orderBy('deleted_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    // The summary may hold a number someone typed in: masked here as on the follow-up itself.
    const masked = !can(
      { id: scope.userId, workspaceId: scope.workspaceId, role: scope.role },
      'personalData.view',
    );
    return rows.map((r) => ({
      id: r.id,
      title: `${r.number} ${(masked ? maskText(r.summary) : r.summary).slice(0, 40)}`,
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
    const row = await deleted(db, scope)
      .select(['id', 'version', 'customer_id', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await db
      .updateTable('follow_ups')
      .set({
        deleted_at: null,
        deleted_by: null,
        updated_at: nowIso(),
        updated_by: scope.userId,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .execute();
    if (row.deleted_at) await restoreFollowUpTasks(db, id, row.deleted_at);
    await refreshFollowUpFields(db, scope.workspaceId, await loadWorkspaceSettings(db, scope.workspaceId), [
      row.customer_id,
    ]);
    await recordHistory(db, scope, {
      entityType: FOLLOW_UP_ENTITY,
      entityId: id,
      action: 'restore',
      changes: {},
    });
  },
  async purge(db, scope, id, ctx) {
    const row = await deleted(db, scope).select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    await purgeFollowUpAttachments(db, scope.workspaceId, { followUpId: id }, ctx);
    await db.deleteFrom('follow_ups').where('id', '=', id).execute();
    await recordHistory(db, scope, {
      entityType: FOLLOW_UP_ENTITY,
      entityId: id,
      action: 'purge',
      changes: {},
    });
  },
};
