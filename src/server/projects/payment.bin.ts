import { notFound } from '../http/errors';
import { scopeCan } from '../http/policy';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage } from '../recycle-bin/deleted-rows';
import { refreshProjectMoney } from './installment.service';
import { assertWithinDue, PAYMENT_ENTITY } from './payment.service';
import { binHistory, restoreRow, yuan } from './project-bin-rows';
import { lockProject, visiblePayments } from './project.repository';

/** A payment deleted on its own (a mistaken entry); restoring it may not take its installment past what is due. */
export const paymentBin: BinType = {
  type: PAYMENT_ENTITY,
  visibleTo: (scope) => scopeCan(scope, 'payments.write'),
  list: (db, scope, limit, after) =>
    deletedPage(
      visiblePayments(db, scope, true).select([
        'payments.id',
        'payments.amount',
        'payments.paid_on',
        'payments.deleted_at',
        'payments.deleted_by',
      ]),
      limit,
      after,
      (r) => `${r.paid_on} ${yuan(r.amount)}`,
    ),
  count: (db, scope) => countDeleted(visiblePayments(db, scope, true)),
  async restore(db, scope, id) {
    const row = await visiblePayments(db, scope, true)
      .select([
        'payments.id',
        'payments.version',
        'payments.deleted_at',
        'payments.project_id',
        'payments.installment_id',
        'payments.amount',
      ])
      .where('payments.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await lockProject(db, row.project_id);
    await assertWithinDue(db, scope, row.installment_id, row.amount);
    await restoreRow(db, scope, 'payments', row);
    await refreshProjectMoney(db, scope.workspaceId, row.project_id);
    await binHistory(db, scope, PAYMENT_ENTITY, id, 'restore');
  },
  async purge(db, scope, id) {
    const row = await visiblePayments(db, scope, true)
      .select('payments.id')
      .where('payments.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('payments').where('id', '=', id).execute();
    await binHistory(db, scope, PAYMENT_ENTITY, id, 'purge');
  },
};
