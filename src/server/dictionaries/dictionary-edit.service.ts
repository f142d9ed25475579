import type { z } from 'zod';
import type { TDictionary, ZEntryUpdate, ZNewEntry } from '../../domain/dictionaries';
import { isUniqueViolation, newId, nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import {
  forgetDictionaries,
  loadDictionaries,
  toDictionaryEntry,
  type TDictionaryEntry,
} from './dictionary.service';

async function findEntry(db: DB, scope: Scope, dictionary: TDictionary, key: string) {
  return db
    .selectFrom('dictionary_entries')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('dictionary', '=', dictionary)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function addEntry(
  db: DB,
  scope: Scope,
  dictionary: TDictionary,
  input: z.infer<typeof ZNewEntry>,
): Promise<TDictionaryEntry> {
  const dicts = await loadDictionaries(db, scope);
  const now = nowIso();
  const key = input.key ?? `x${newId().replaceAll('-', '').slice(-10)}`;
  try {
    const row = await db
      .insertInto('dictionary_entries')
      .values({
        ...newRecord(scope, now),
        dictionary,
        key,
        label_zh: input.labels['zh-CN'],
        label_en: input.labels['en-US'],
        code: input.code ?? null,
        color: input.color ?? null,
        sort: dicts.entries(dictionary).length,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    forgetDictionaries(scope.workspaceId);
    await recordHistory(db, scope, {
      entityType: 'dictionary',
      entityId: `${dictionary}:${key}`,
      action: 'create',
      changes: toDictionaryEntry(row),
    });
    return toDictionaryEntry(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('DICTIONARY_KEY_TAKEN', { fields: [{ path: 'key', code: 'DICTIONARY_KEY_TAKEN' }] });
    throw error;
  }
}

/** Renames keep every record that uses the entry: records store the key, never the label. */
export async function updateEntry(
  db: DB,
  scope: Scope,
  dictionary: TDictionary,
  key: string,
  input: z.infer<typeof ZEntryUpdate>,
): Promise<TDictionaryEntry> {
  const row = await db
    .updateTable('dictionary_entries')
    .set({
      ...(input.labels && { label_zh: input.labels['zh-CN'], label_en: input.labels['en-US'] }),
      ...(input.code !== undefined && { code: input.code }),
      ...(input.color !== undefined && { color: input.color }),
      ...(input.sort !== undefined && { sort: input.sort }),
      ...(input.archived !== undefined && { deleted_at: input.archived ? nowIso() : null }),
      version: input.version + 1,
      updated_at: nowIso(),
      updated_by: scope.userId || null,
    })
    .where('workspace_id', '=', scope.workspaceId)
    .where('dictionary', '=', dictionary)
    .where('key', '=', key)
    .where('version', '=', input.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw await conflictOrNotFound(() => findEntry(db, scope, dictionary, key), toDictionaryEntry);
  forgetDictionaries(scope.workspaceId);
  await recordHistory(db, scope, {
    entityType: 'dictionary',
    entityId: `${dictionary}:${key}`,
    action: 'update',
    changes: input,
  });
  return toDictionaryEntry(row);
}
