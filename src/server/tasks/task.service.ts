import type { Updateable } from 'kysely';
import type { TCreateTaskInput, TTask, TUpdateTaskInput } from '../../domain/task';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { isMember } from '../users/user.service';
import { writeBackToFollowUp } from './task-sync';
import { findTaskRow } from './task.repository';
import { serializeTasks } from './task.serializer';
import type { TaskRow, TaskTable } from './task.table';

export const TASK_ENTITY = 'task';

export async function getTask(db: DB, reader: Reader, id: string): Promise<TTask> {
  const row = await findTaskRow(db, reader.scope, id);
  if (!row) throw notFound();
  const [task] = await serializeTasks(db, reader, [row]);
  if (!task) throw notFound();
  return task;
}

/** The service role looks after its own work only: tasks assigned to or created by them. */
function assertMayChange(reader: Reader, row: TaskRow): void {
  const { actor } = reader;
  if (actor.role === 'service' && row.assignee_id !== actor.id && row.created_by !== actor.id)
    throw new AppError('FORBIDDEN');
}

export async function createTask(db: DB, reader: Reader, input: TCreateTaskInput): Promise<TTask> {
  const { scope } = reader;
  const id = await db.transaction().execute(async (trx) => {
    const errors = new FieldErrors();
    if (input.customerId && !(await findCustomerRow(trx, scope, input.customerId)))
      errors.add('customerId', 'NOT_FOUND');
    const assignee = input.assigneeId ?? reader.actor.id;
    if (!(await isMember(trx, scope.workspaceId, assignee))) errors.add('assigneeId', 'MEMBER_INVALID');
    errors.throwIfAny();
    const row = await trx
      .insertInto('tasks')
      .values({
        ...newRecord(scope),
        customer_id: input.customerId ?? null,
        follow_up_id: null,
        source: 'manual',
        source_index: null,
        side: null,
        title: input.title,
        notes: input.notes || null,
        assignee_id: assignee,
        due_date: input.dueDate ?? null,
        done_at: null,
        done_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const [created] = await serializeTasks(trx, reader, [row]);
    await recordHistory(trx, scope, {
      entityType: TASK_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: created ?? {},
    });
    return row.id;
  });
  return getTask(db, reader, id);
}

export async function updateTask(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateTaskInput,
): Promise<TTask> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const before = await findTaskRow(trx, scope, id);
    if (!before) throw notFound();
    assertMayChange(reader, before);
    const errors = new FieldErrors();
    const columns: Updateable<TaskTable> = {};
    // Text and assignee of a follow-up's item are edited on the follow-up; done and the due date on either.
    const fromFollowUp = before.follow_up_id !== null;
    if (input.title !== undefined && input.title !== before.title) {
      if (fromFollowUp) errors.add('title', 'TASK_FROM_FOLLOW_UP');
      columns.title = input.title;
    }
    if (input.assigneeId !== undefined && input.assigneeId !== before.assignee_id) {
      if (fromFollowUp) errors.add('assigneeId', 'TASK_FROM_FOLLOW_UP');
      else if (!(await isMember(trx, scope.workspaceId, input.assigneeId)))
        errors.add('assigneeId', 'MEMBER_INVALID');
      columns.assignee_id = input.assigneeId;
    }
    errors.throwIfAny();
    if (input.notes !== undefined) columns.notes = input.notes || null;
    if (input.dueDate !== undefined) columns.due_date = input.dueDate ?? null;
    if (input.done !== undefined && input.done !== (before.done_at !== null)) {
      columns.done_at = input.done ? nowIso() : null;
      columns.done_by = input.done ? scope.userId : null;
    }
    const row = await trx
      .updateTable('tasks')
      .set({ ...columns, version: input.version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const current = await findTaskRow(trx, scope, id);
      const [shown] = current ? await serializeTasks(trx, reader, [current]) : [];
      throw await conflictOrNotFound(
        async () => shown,
        (task) => task,
      );
    }
    if (columns.done_at !== undefined || columns.due_date !== undefined)
      await writeBackToFollowUp(trx, scope, row);
    const [was, now] = await serializeTasks(trx, reader, [before, row]);
    if (was && now) await recordUpdate(trx, scope, TASK_ENTITY, id, was, now);
  });
  return getTask(db, reader, id);
}

export async function deleteTask(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const row = await findTaskRow(trx, scope, id);
    if (!row) throw notFound();
    assertMayChange(reader, row);
    await trx
      .updateTable('tasks')
      .set({ deleted_at: nowIso(), deleted_by: scope.userId || null, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordHistory(trx, scope, { entityType: TASK_ENTITY, entityId: id, action: 'delete', changes: {} });
  });
}
