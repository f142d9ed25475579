import { maskText } from '../../domain/masking';
import { purgeFollowUpAttachments } from '../attachments/attachment.bin';
import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import { scopeCan, type Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
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
    // The summary may hold a number someone typed in: masked here as on the follow-up itself.
    const masked = !scopeCan(scope, 'personalData.view');
    return deletedPage(
      deleted(db, scope).select(['id', 'number', 'summary', 'deleted_at', 'deleted_by']),
      limit,
      after,
      (r) => `${r.number} ${(masked ? maskText(r.summary) : r.summary).slice(0, 40)}`,
    );
  },
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope)
      .select(['id', 'version', 'customer_id', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'follow_ups', scope, row);
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
