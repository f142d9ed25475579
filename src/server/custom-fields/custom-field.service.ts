import {
  type ZCustomFieldInput,
  customValueSchema,
  type TCustomField,
  type TCustomFieldUpdate,
} from '../../domain/custom-fields';
import type { z } from 'zod';
import { fromJson, isTrue, isUniqueViolation, nowIso, toBool, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import type { FieldErrors } from '../http/field-errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { CustomFieldRow } from './custom-field.table';

export function toCustomField(row: CustomFieldRow): TCustomField {
  return {
    key: row.key,
    labels: { 'zh-CN': row.label_zh, 'en-US': row.label_en },
    type: row.type,
    options: fromJson<TCustomField['options']>(row.options) ?? [],
    required: isTrue(row.required),
    sort: row.sort,
    version: row.version,
  };
}

export async function listCustomFields(
  db: DB,
  scope: Pick<Scope, 'workspaceId'>,
  entity = 'customer',
): Promise<TCustomField[]> {
  const rows = await db
    .selectFrom('custom_fields')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('entity', '=', entity)
    .where('deleted_at', 'is', null)
    .orderBy('sort')
    .execute();
  return rows.map(toCustomField);
}

export async function createCustomField(
  db: DB,
  scope: Scope,
  input: z.infer<typeof ZCustomFieldInput>,
): Promise<TCustomField> {
  const now = nowIso();
  const count = (await listCustomFields(db, scope)).length;
  try {
    const row = await db
      .insertInto('custom_fields')
      .values({
        ...newRecord(scope, now),
        entity: 'customer',
        key: input.key,
        label_zh: input.labels['zh-CN'],
        label_en: input.labels['en-US'],
        type: input.type,
        options: toJson(input.options ?? []),
        required: toBool(db, input.required),
        sort: count,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(db, scope, {
      entityType: 'customField',
      entityId: row.id,
      action: 'create',
      changes: toCustomField(row),
    });
    return toCustomField(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('DICTIONARY_KEY_TAKEN', { fields: [{ path: 'key', code: 'DICTIONARY_KEY_TAKEN' }] });
    throw error;
  }
}

async function findField(db: DB, scope: Pick<Scope, 'workspaceId'>, key: string) {
  return db
    .selectFrom('custom_fields')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('entity', '=', 'customer')
    .where('key', '=', key)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Renames, reorders, makes required or not, and edits the options of a field. A saved option cannot be dropped,
 * since customers may hold it: it is renamed or stopped (archived) instead.
 */
export async function updateCustomField(
  db: DB,
  scope: Scope,
  key: string,
  input: TCustomFieldUpdate,
): Promise<TCustomField> {
  const current = await findField(db, scope, key);
  if (!current) throw notFound();
  if (input.options) {
    const sent = new Set(input.options.map((o) => o.key));
    if (toCustomField(current).options.some((o) => !sent.has(o.key)))
      throw new AppError('CUSTOM_OPTION_REMOVED', {
        fields: [{ path: 'options', code: 'CUSTOM_OPTION_REMOVED' }],
      });
  }
  const row = await db
    .updateTable('custom_fields')
    .set({
      ...(input.labels && { label_zh: input.labels['zh-CN'], label_en: input.labels['en-US'] }),
      ...(input.options && { options: toJson(input.options) }),
      ...(input.required !== undefined && { required: toBool(db, input.required) }),
      ...(input.sort !== undefined && { sort: input.sort }),
      version: input.version + 1,
      updated_at: nowIso(),
      updated_by: scope.userId || null,
    })
    .where('id', '=', current.id)
    .where('version', '=', input.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw await conflictOrNotFound(() => findField(db, scope, key), toCustomField);
  await recordHistory(db, scope, {
    entityType: 'customField',
    entityId: row.id,
    action: 'update',
    changes: input,
  });
  return toCustomField(row);
}

/** Retiring a field hides it; the values stay on the customers and come back if the field is created again. */
export async function retireCustomField(db: DB, scope: Scope, key: string): Promise<void> {
  const result = await db
    .deleteFrom('custom_fields')
    .where('workspace_id', '=', scope.workspaceId)
    .where('entity', '=', 'customer')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!Number(result.numDeletedRows)) throw notFound();
  await recordHistory(db, scope, { entityType: 'customField', entityId: key, action: 'delete', changes: {} });
}

/**
 * Checks the custom values sent for a customer against the workspace's definitions; unknown keys and bad
 * values are field errors at `custom.<key>`. Returns the merged values to store.
 */
export function checkCustomValues(
  fields: TCustomField[],
  current: Record<string, unknown>,
  sent: Record<string, unknown>,
  errors: FieldErrors,
  isCreate: boolean,
): Record<string, unknown> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(sent)) {
    const field = fields.find((f) => f.key === key);
    if (!field) {
      errors.add(`custom.${key}`, 'CUSTOM_VALUE_INVALID');
      continue;
    }
    if (value === null || value === '') {
      delete merged[key];
      continue;
    }
    const result = customValueSchema(field).safeParse(value);
    if (!result.success) errors.add(`custom.${key}`, 'CUSTOM_VALUE_INVALID');
    else merged[key] = result.data;
  }
  if (isCreate)
    for (const f of fields)
      if (f.required && merged[f.key] === undefined) errors.add(`custom.${f.key}`, 'FIELD_REQUIRED');
  return merged;
}
