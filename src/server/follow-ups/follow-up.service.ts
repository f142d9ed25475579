import type { Updateable } from 'kysely';
import { todayIn } from '../../domain/dates';
import {
  SERVICE_FOLLOW_UP_KIND,
  type TCreateFollowUpInput,
  type TFollowUp,
  type TUpdateFollowUpInput,
} from '../../domain/follow-up';
import { findCustomerRow } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import { nowIso, toBool, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { can } from '../http/policy';
import { recordHistory, recordUpdate } from '../history/history.service';
import { nextNumber } from '../numbering/numbering.service';
import { existingMembers } from '../users/user.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { followUpContext } from './follow-up-context';
import { refreshFollowUpFields } from './follow-up-fields';
import { binFollowUpTasks, syncFollowUpTasks } from '../tasks/task-sync';
import { clearSnooze } from './follow-up-fields';
import { toFollowUp } from './follow-up.serializer';
import type { FollowUpRow, FollowUpTable } from './follow-up.table';
import { findFollowUpRow } from './follow-up.repository';

export const FOLLOW_UP_ENTITY = 'followUp';
/** 跟进记录编号, G20240501001 as in the seeds. */
export const FOLLOW_UP_NUMBER_PATTERN = 'G{YYYYMMDD}{SEQ:3}';

export async function serializeFollowUps(db: DB, reader: Reader, rows: FollowUpRow[]): Promise<TFollowUp[]> {
  const ctx = await followUpContext(db, reader, rows);
  return rows.map((row) => toFollowUp(row, ctx));
}

export async function getFollowUp(db: DB, reader: Reader, id: string): Promise<TFollowUp> {
  const row = await findFollowUpRow(db, reader.scope, id);
  if (!row) throw notFound();
  const [followUp] = await serializeFollowUps(db, reader, [row]);
  if (!followUp) throw notFound();
  return followUp;
}

type Fields = Partial<Omit<TCreateFollowUpInput, 'customerId' | 'userId'>>;

/**
 * Checks a follow-up's fields against the workspace (dictionary values, the contact belongs to the customer, people
 * are members) and returns its columns; every problem is reported at once, with its field path.
 */
async function followUpColumns(
  db: DB,
  reader: Reader,
  dicts: Dictionaries,
  timeZone: string,
  customerId: string,
  input: Fields,
  errors: FieldErrors,
): Promise<Updateable<FollowUpTable>> {
  const columns: Updateable<FollowUpTable> = {};
  if (input.at !== undefined) {
    columns.at = new Date(input.at).toISOString();
    columns.day = todayIn(timeZone, new Date(input.at));
  }
  if (input.method !== undefined) {
    const method = dicts.resolve('followUpMethod', input.method);
    if (method) columns.method = method;
    else errors.add('method', 'UNKNOWN_DICTIONARY_VALUE');
  }
  if (input.kind !== undefined) {
    const kind = input.kind === null ? null : dicts.resolve('followUpKind', input.kind);
    if (kind === undefined) errors.add('kind', 'UNKNOWN_DICTIONARY_VALUE');
    else columns.kind = kind;
  }
  if (reader.actor.role === 'service' && (input.kind !== undefined || columns.kind !== undefined)) {
    if (columns.kind !== SERVICE_FOLLOW_UP_KIND) errors.add('kind', 'SERVICE_AFTER_SALES_ONLY');
  }
  if (input.contactId) {
    const contact = await db
      .selectFrom('contacts')
      .select('id')
      .where('id', '=', input.contactId)
      .where('customer_id', '=', customerId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!contact) errors.add('contactId', 'CONTACT_NOT_OF_CUSTOMER');
  }
  if (input.contactId !== undefined) columns.contact_id = input.contactId ?? null;
  const assignees = (input.nextActions ?? []).map((a) => a.assigneeId).filter((id): id is string => !!id);
  const members = await existingMembers(db, reader.scope.workspaceId, assignees);
  input.nextActions?.forEach((action, i) => {
    if (action.assigneeId && !members.has(action.assigneeId))
      errors.add(`nextActions.${i}.assigneeId`, 'MEMBER_INVALID');
  });
  if (input.summary !== undefined) columns.summary = input.summary;
  if (input.feedback !== undefined) columns.feedback = input.feedback || null;
  if (input.attitude !== undefined) columns.attitude = input.attitude ?? null;
  if (input.attitudeNote !== undefined) columns.attitude_note = input.attitudeNote || null;
  if (input.important !== undefined) columns.important = toBool(db, input.important);
  if (input.commitments !== undefined) columns.commitments = toJson(input.commitments);
  if (input.nextActions !== undefined) columns.next_actions = toJson(input.nextActions);
  if (input.nextDate !== undefined) columns.next_date = input.nextDate ?? null;
  return columns;
}

/** The customer, if the caller may log on it: sales their own and shared ones, like every customer write. */
async function writableCustomer(db: DB, reader: Reader, customerId: string, errors: FieldErrors) {
  const customer = await findCustomerRow(db, reader.scope, customerId);
  if (!customer) errors.add('customerId', 'NOT_FOUND');
  return customer;
}

export async function createFollowUp(
  db: DB,
  reader: Reader,
  input: TCreateFollowUpInput,
): Promise<TFollowUp> {
  const { scope } = reader;
  const id = await inTransaction(db, async (trx) => {
    const [dicts, settings] = await Promise.all([
      loadDictionaries(trx, scope),
      loadWorkspaceSettings(trx, scope.workspaceId),
    ]);
    const errors = new FieldErrors();
    const customer = await writableCustomer(trx, reader, input.customerId, errors);
    const userId = input.userId ?? reader.actor.id;
    if (userId !== reader.actor.id) {
      if (!can(reader.actor, 'customers.assign')) throw new AppError('FORBIDDEN');
      if (!(await existingMembers(trx, scope.workspaceId, [userId])).has(userId))
        errors.add('userId', 'MEMBER_INVALID');
    }
    const at = input.at ?? nowIso();
    const columns = await followUpColumns(
      trx,
      reader,
      dicts,
      settings.timeZone,
      input.customerId,
      { ...input, at },
      errors,
    );
    if (reader.actor.role === 'service' && input.kind === undefined)
      errors.add('kind', 'SERVICE_AFTER_SALES_ONLY');
    errors.throwIfAny();
    if (!customer || !columns.method || !columns.summary || !columns.at || !columns.day) throw notFound();
    const number = await nextNumber(trx, scope.workspaceId, FOLLOW_UP_NUMBER_PATTERN, { date: columns.day });
    const row = await trx
      .insertInto('follow_ups')
      .values({
        ...newRecord(scope),
        ...columns,
        customer_id: customer.id,
        number,
        at: columns.at,
        day: columns.day,
        method: columns.method,
        summary: columns.summary,
        user_id: userId,
        important: columns.important ?? toBool(trx, false),
        commitments: columns.commitments ?? '[]',
        next_actions: columns.next_actions ?? '[]',
        due_date: customer.next_due_date,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await clearSnooze(trx, customer.id);
    await refreshFollowUpFields(trx, scope.workspaceId, settings, [customer.id]);
    await syncFollowUpTasks(trx, scope, row);
    const [created] = await serializeFollowUps(trx, reader, [row]);
    await recordHistory(trx, scope, {
      entityType: FOLLOW_UP_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: created ?? {},
    });
    return row.id;
  });
  return getFollowUp(db, reader, id);
}

export async function updateFollowUp(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateFollowUpInput,
): Promise<TFollowUp> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const before = await findFollowUpRow(trx, scope, id);
    if (!before) throw notFound();
    if (reader.actor.role === 'service' && before.kind !== SERVICE_FOLLOW_UP_KIND)
      throw new AppError('FORBIDDEN');
    const [dicts, settings] = await Promise.all([
      loadDictionaries(trx, scope),
      loadWorkspaceSettings(trx, scope.workspaceId),
    ]);
    const errors = new FieldErrors();
    const { version, ...fields } = input;
    const columns = await followUpColumns(
      trx,
      reader,
      dicts,
      settings.timeZone,
      before.customer_id,
      fields,
      errors,
    );
    errors.throwIfAny();
    const row = await trx
      .updateTable('follow_ups')
      .set({ ...columns, version: version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const current = await findFollowUpRow(trx, scope, id);
      const [shown] = current ? await serializeFollowUps(trx, reader, [current]) : [];
      throw await conflictOrNotFound(
        async () => shown,
        (followUp) => followUp,
      );
    }
    await refreshFollowUpFields(trx, scope.workspaceId, settings, [row.customer_id]);
    await syncFollowUpTasks(trx, scope, row);
    const [was, now] = await serializeFollowUps(trx, reader, [before, row]);
    if (was && now) await recordUpdate(trx, scope, FOLLOW_UP_ENTITY, id, was, now);
  });
  return getFollowUp(db, reader, id);
}

/** To the recycle bin; the customer's last follow-up and due date fall back to what the others say. */
export async function deleteFollowUp(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await inTransaction(db, async (trx) => {
    const row = await findFollowUpRow(trx, scope, id);
    if (!row) throw notFound();
    if (reader.actor.role === 'service' && row.kind !== SERVICE_FOLLOW_UP_KIND)
      throw new AppError('FORBIDDEN');
    const at = nowIso();
    await trx
      .updateTable('follow_ups')
      .set({ deleted_at: at, deleted_by: scope.userId || null, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await binFollowUpTasks(trx, scope, id, at);
    await refreshFollowUpFields(trx, scope.workspaceId, await loadWorkspaceSettings(trx, scope.workspaceId), [
      row.customer_id,
    ]);
    await recordHistory(trx, scope, {
      entityType: FOLLOW_UP_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
