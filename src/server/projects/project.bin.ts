import { notFound } from '../http/errors';
import { scopeCan } from '../http/policy';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage } from '../recycle-bin/deleted-rows';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { refreshMoney } from './installment-fields';
import { binHistory, restoreProjectRows } from './project-bin-rows';
import { visibleProjects } from './project.repository';
import { PROJECT_ENTITY } from './project.service';

/** A deleted project, with the milestones, installments and payments that went with it. */
export const projectBin: BinType = {
  type: PROJECT_ENTITY,
  visibleTo: (scope) => scopeCan(scope, 'projects.write'),
  list: (db, scope, limit, after) =>
    deletedPage(
      visibleProjects(db, scope, true).select([
        'projects.id',
        'projects.number',
        'projects.name',
        'projects.deleted_at',
        'projects.deleted_by',
      ]),
      limit,
      after,
      (r) => `${r.number} ${r.name}`.slice(0, 60),
    ),
  count: (db, scope) => countDeleted(visibleProjects(db, scope, true)),
  async restore(db, scope, id) {
    const row = await visibleProjects(db, scope, true)
      .select(['projects.id', 'projects.version', 'projects.deleted_at'])
      .where('projects.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await restoreProjectRows(db, scope, row);
    const settings = await loadWorkspaceSettings(db, scope.workspaceId);
    await refreshMoney(db, scope.workspaceId, settings.deals.paymentTermDays, [id]);
    await binHistory(db, scope, PROJECT_ENTITY, id, 'restore');
  },
  async purge(db, scope, id) {
    const row = await visibleProjects(db, scope, true)
      .select('projects.id')
      .where('projects.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    // Its milestones, installments and their payments go with it (foreign keys on delete cascade).
    await db.deleteFrom('projects').where('id', '=', id).execute();
    await binHistory(db, scope, PROJECT_ENTITY, id, 'purge');
  },
};
