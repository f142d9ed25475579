import type { TCreatePaymentInput, TInstallment } from '../../domain/project';
import type { Reader } from '../customers/customer-context';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError, notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { getInstallment, refreshProjectMoney } from './installment.service';
import { binRow } from './project-bin-rows';
import { findInstallmentRow, findPaymentRow, lockProject } from './project.repository';
import { toPayment } from './project.serializer';

export const PAYMENT_ENTITY = 'payment';

/** Refuses a payment larger than what is still due on its installment (read under the project's lock). */
export async function assertWithinDue(
  db: DB,
  scope: Scope,
  installmentId: string,
  amount: number,
): Promise<void> {
  const installment = await findInstallmentRow(db, scope, installmentId);
  if (!installment) throw notFound();
  if (amount > installment.amount_due - installment.received_amount)
    throw new AppError('PAYMENT_EXCEEDS_DUE', { fields: [{ path: 'amount', code: 'PAYMENT_EXCEEDS_DUE' }] });
}

/**
 * Records money received against an installment: partial payments are rows of their own, so they add up exactly.
 * Answers with the installment, whose received amount, date and status the payment moved.
 */
export async function addPayment(
  db: DB,
  reader: Reader,
  installmentId: string,
  input: TCreatePaymentInput,
): Promise<TInstallment> {
  const { scope } = reader;
  await inTransaction(db, async (trx) => {
    const installment = await findInstallmentRow(trx, scope, installmentId);
    if (!installment) throw notFound();
    await lockProject(trx, installment.project_id);
    await assertWithinDue(trx, scope, installmentId, input.amount);
    const row = await trx
      .insertInto('payments')
      .values({
        ...newRecord(scope),
        installment_id: installment.id,
        project_id: installment.project_id,
        customer_id: installment.customer_id,
        amount: input.amount,
        paid_on: input.date,
        note: input.note || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshProjectMoney(trx, scope.workspaceId, installment.project_id);
    await recordHistory(trx, scope, {
      entityType: PAYMENT_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: toPayment(row),
    });
  });
  return getInstallment(db, reader, installmentId);
}

/** A mistaken payment goes to the recycle bin; what its installment and project received drops with it. */
export async function deletePayment(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const row = await findPaymentRow(trx, scope, id);
    if (!row) throw notFound();
    await lockProject(trx, row.project_id);
    await binRow(trx, scope, 'payments', row);
    await refreshProjectMoney(trx, scope.workspaceId, row.project_id);
    await recordHistory(trx, scope, {
      entityType: PAYMENT_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
