import { sql } from 'kysely';
import { plusDays } from '../db/dialect';
import { notFound } from '../http/errors';
import { scopeCan } from '../http/policy';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage } from '../recycle-bin/deleted-rows';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { refreshInstallmentFields } from './installment-fields';
import { MILESTONE_ENTITY } from './milestone.service';
import { binHistory, restoreRow } from './project-bin-rows';
import { visibleMilestones } from './project.repository';

/** A milestone deleted on its own (one deleted with its project comes back with the project). */
export const milestoneBin: BinType = {
  type: MILESTONE_ENTITY,
  visibleTo: (scope) => scopeCan(scope, 'milestones.write'),
  list: (db, scope, limit, after) =>
    deletedPage(
      visibleMilestones(db, scope, true).select([
        'milestones.id',
        'milestones.seq',
        'milestones.content',
        'milestones.deleted_at',
        'milestones.deleted_by',
      ]),
      limit,
      after,
      (r) => `M${r.seq} ${r.content}`.slice(0, 60),
    ),
  count: (db, scope) => countDeleted(visibleMilestones(db, scope, true)),
  async restore(db, scope, id) {
    const row = await visibleMilestones(db, scope, true)
      .select(['milestones.id', 'milestones.version', 'milestones.deleted_at'])
      .where('milestones.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await restoreRow(db, scope, 'milestones', row);
    await binHistory(db, scope, MILESTONE_ENTITY, id, 'restore');
  },
  /**
   * Installments still bound to it keep falling due: they take a fixed due date first (when it fell due, or else its
   * planned date plus the payment term), since the binding itself goes with the row.
   */
  async purge(db, scope, id) {
    const row = await visibleMilestones(db, scope, true)
      .select(['milestones.id', 'milestones.project_id', 'milestones.planned_date'])
      .where('milestones.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    const { deals } = await loadWorkspaceSettings(db, scope.workspaceId);
    const planned = plusDays(db, sql.val(row.planned_date), sql.lit(deals.paymentTermDays));
    await db
      .updateTable('installments')
      .set({ due_date: sql<string>`coalesce(effective_due_date, ${planned})`, milestone_id: null })
      .where('milestone_id', '=', id)
      .execute();
    await db.deleteFrom('milestones').where('id', '=', id).execute();
    await refreshInstallmentFields(db, scope.workspaceId, deals.paymentTermDays, {
      projectIds: [row.project_id],
    });
    await binHistory(db, scope, MILESTONE_ENTITY, id, 'purge');
  },
};
