import { notFound } from '../http/errors';
import { scopeCan } from '../http/policy';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage } from '../recycle-bin/deleted-rows';
import { INSTALLMENT_ENTITY, refreshProjectMoney } from './installment.service';
import { binHistory, restoreInstallmentRows, yuan } from './project-bin-rows';
import { lockProject, visibleInstallments } from './project.repository';

/** An installment deleted on its own, with the payments that went with it. */
export const installmentBin: BinType = {
  type: INSTALLMENT_ENTITY,
  visibleTo: (scope) => scopeCan(scope, 'payments.write'),
  list: (db, scope, limit, after) =>
    deletedPage(
      visibleInstallments(db, scope, true).select([
        'installments.id',
        'installments.name',
        'installments.amount_due',
        'installments.deleted_at',
        'installments.deleted_by',
      ]),
      limit,
      after,
      (r) => `${r.name} ${yuan(r.amount_due)}`.slice(0, 60),
    ),
  count: (db, scope) => countDeleted(visibleInstallments(db, scope, true)),
  async restore(db, scope, id) {
    const row = await visibleInstallments(db, scope, true)
      .select([
        'installments.id',
        'installments.version',
        'installments.deleted_at',
        'installments.project_id',
      ])
      .where('installments.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await lockProject(db, row.project_id);
    await restoreInstallmentRows(db, scope, row);
    await refreshProjectMoney(db, scope.workspaceId, row.project_id);
    await binHistory(db, scope, INSTALLMENT_ENTITY, id, 'restore');
  },
  async purge(db, scope, id) {
    const row = await visibleInstallments(db, scope, true)
      .select('installments.id')
      .where('installments.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('installments').where('id', '=', id).execute();
    await binHistory(db, scope, INSTALLMENT_ENTITY, id, 'purge');
  },
};
