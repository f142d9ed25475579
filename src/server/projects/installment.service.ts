import type { TCreateInstallmentInput, TInstallment, TUpdateInstallmentInput } from '../../domain/project';
import type { Reader } from '../customers/customer-context';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { refreshMoney } from './installment-fields';
import { workspaceToday } from './project-context';
import { binInstallment } from './project-bin-rows';
import { installmentColumns, ProjectErrors } from './project-input';
import { findInstallmentRow, findProjectRow, lockProject, nextSeq, paymentsOf } from './project.repository';
import { toInstallment } from './project.serializer';
import type { InstallmentRow } from './project.table';

export const INSTALLMENT_ENTITY = 'installment';

export async function serializeInstallment(
  db: DB,
  row: InstallmentRow,
  today: string,
): Promise<TInstallment> {
  return toInstallment(row, await paymentsOf(db, [row.id]), today);
}

export async function getInstallment(db: DB, reader: Reader, id: string): Promise<TInstallment> {
  const row = await findInstallmentRow(db, reader.scope, id);
  if (!row) throw notFound();
  return serializeInstallment(db, row, await workspaceToday(db, reader.scope.workspaceId));
}

/** Recomputes what the installments and the project derive, after a change to the money of one project. */
export async function refreshProjectMoney(db: DB, workspaceId: string, projectId: string): Promise<void> {
  const settings = await loadWorkspaceSettings(db, workspaceId);
  await refreshMoney(db, workspaceId, settings.deals.paymentTermDays, [projectId]);
}

export async function createInstallment(
  db: DB,
  reader: Reader,
  projectId: string,
  input: TCreateInstallmentInput,
): Promise<TInstallment> {
  const { scope } = reader;
  const id = await inTransaction(db, async (trx) => {
    const project = await findProjectRow(trx, scope, projectId);
    if (!project) throw notFound();
    await lockProject(trx, project.id);
    const errors = new ProjectErrors();
    const columns = await installmentColumns(trx, project.id, input, undefined, errors);
    errors.throwIfAny();
    const row = await trx
      .insertInto('installments')
      .values({
        ...newRecord(scope),
        project_id: project.id,
        customer_id: project.customer_id,
        seq: await nextSeq(trx, 'installments', project.id),
        name: input.name,
        amount_due: input.amountDue,
        due_date: columns.due_date ?? null,
        milestone_id: columns.milestone_id ?? null,
        effective_due_date: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshProjectMoney(trx, scope.workspaceId, project.id);
    const fresh = (await findInstallmentRow(trx, scope, row.id)) ?? row;
    await recordHistory(trx, scope, {
      entityType: INSTALLMENT_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: toInstallment(fresh, [], await workspaceToday(trx, scope.workspaceId)),
    });
    return row.id;
  });
  return getInstallment(db, reader, id);
}

export async function updateInstallment(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateInstallmentInput,
): Promise<TInstallment> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const found = await findInstallmentRow(trx, scope, id);
    if (!found) throw notFound();
    await lockProject(trx, found.project_id);
    // Read again under the lock: the received amount checked below must include every committed payment.
    const before = (await findInstallmentRow(trx, scope, id)) ?? found;
    const errors = new ProjectErrors();
    const { version, ...fields } = input;
    const columns = await installmentColumns(trx, before.project_id, fields, before, errors);
    errors.throwIfAny();
    const row = await trx
      .updateTable('installments')
      .set({ ...columns, version: version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    const today = await workspaceToday(trx, scope.workspaceId);
    if (!row) {
      const current = await findInstallmentRow(trx, scope, id);
      const shown = current && (await serializeInstallment(trx, current, today));
      throw await conflictOrNotFound(
        async () => shown,
        (i) => i,
      );
    }
    await refreshProjectMoney(trx, scope.workspaceId, row.project_id);
    const fresh = (await findInstallmentRow(trx, scope, id)) ?? row;
    await recordUpdate(
      trx,
      scope,
      INSTALLMENT_ENTITY,
      id,
      toInstallment(before, [], today),
      toInstallment(fresh, [], today),
    );
  });
  return getInstallment(db, reader, id);
}

/** To the recycle bin with its payments; the project's received amount drops by what they held. */
export async function deleteInstallment(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await inTransaction(db, async (trx) => {
    const row = await findInstallmentRow(trx, scope, id);
    if (!row) throw notFound();
    await lockProject(trx, row.project_id);
    await binInstallment(trx, scope, row);
    await refreshProjectMoney(trx, scope.workspaceId, row.project_id);
    await recordHistory(trx, scope, {
      entityType: INSTALLMENT_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
