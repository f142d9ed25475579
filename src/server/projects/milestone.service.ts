import { todayIn } from '../../domain/dates';
import type { TCreateMilestoneInput, TMilestone, TUpdateMilestoneInput } from '../../domain/project';
import { now } from '../clock';
import type { Reader } from '../customers/customer-context';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { refreshInstallmentFields } from './installment-fields';
import { workspaceToday } from './project-context';
import { milestoneColumns, ProjectErrors } from './project-input';
import { binRow } from './project-bin-rows';
import { findMilestoneRow, findProjectRow, nextSeq } from './project.repository';
import { toMilestone } from './project.serializer';

export const MILESTONE_ENTITY = 'milestone';

export async function getMilestone(db: DB, reader: Reader, id: string): Promise<TMilestone> {
  const row = await findMilestoneRow(db, reader.scope, id);
  if (!row) throw notFound();
  return toMilestone(row, await workspaceToday(db, reader.scope.workspaceId));
}

/** Appended after the project's last milestone: M(n+1). */
export async function createMilestone(
  db: DB,
  reader: Reader,
  projectId: string,
  input: TCreateMilestoneInput,
): Promise<TMilestone> {
  const { scope } = reader;
  const id = await inTransaction(db, async (trx) => {
    const project = await findProjectRow(trx, scope, projectId);
    if (!project) throw notFound();
    const errors = new ProjectErrors();
    const today = await workspaceToday(trx, scope.workspaceId);
    const columns = milestoneColumns(input, undefined, today, errors);
    errors.throwIfAny();
    const row = await trx
      .insertInto('milestones')
      .values({
        ...newRecord(scope),
        project_id: project.id,
        seq: await nextSeq(trx, 'milestones', project.id),
        content: input.content,
        planned_date: input.plannedDate,
        actual_date: columns.actual_date ?? null,
        deliverables: columns.deliverables ?? null,
        delay_reason: columns.delay_reason ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(trx, scope, {
      entityType: MILESTONE_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: toMilestone(row, today),
    });
    return row.id;
  });
  return getMilestone(db, reader, id);
}

/**
 * Completing a milestone is setting its actual date; completing or reopening it moves the effective due date of the
 * installments bound to it, in the same transaction.
 */
export async function updateMilestone(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateMilestoneInput,
): Promise<TMilestone> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const before = await findMilestoneRow(trx, scope, id);
    if (!before) throw notFound();
    const settings = await loadWorkspaceSettings(trx, scope.workspaceId);
    const today = todayIn(settings.timeZone, now());
    const errors = new ProjectErrors();
    const { version, ...fields } = input;
    const columns = milestoneColumns(fields, before, today, errors);
    errors.throwIfAny();
    const row = await trx
      .updateTable('milestones')
      .set({ ...columns, version: version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const current = await findMilestoneRow(trx, scope, id);
      throw await conflictOrNotFound(
        async () => current,
        (m) => toMilestone(m, today),
      );
    }
    if (row.actual_date !== before.actual_date)
      await refreshInstallmentFields(trx, scope.workspaceId, settings.deals.paymentTermDays, {
        milestoneIds: [id],
      });
    await recordUpdate(trx, scope, MILESTONE_ENTITY, id, toMilestone(before, today), toMilestone(row, today));
  });
  return getMilestone(db, reader, id);
}

/**
 * To the recycle bin. Installments bound to it stay bound (and due, if it was delivered): they are rebound by hand,
 * never silently dropped from what the customer owes.
 */
export async function deleteMilestone(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await inTransaction(db, async (trx) => {
    const row = await findMilestoneRow(trx, scope, id);
    if (!row) throw notFound();
    await binRow(trx, scope, 'milestones', row);
    await recordHistory(trx, scope, {
      entityType: MILESTONE_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
