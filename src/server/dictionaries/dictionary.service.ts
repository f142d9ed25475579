import { z } from 'zod';
import { DEFAULT_ENTRIES, DICTIONARIES, type TDictionary } from '../../domain/dictionaries';
import type { TLocale } from '../../domain/locale';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Scope } from '../http/policy';
import type { DictionaryEntryRow } from './dictionary.table';

export const ZDictionaryEntry = z.object({
  key: z.string(),
  labels: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
  code: z.string().nullable(),
  color: z.string().nullable(),
  sort: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type TDictionaryEntry = z.infer<typeof ZDictionaryEntry>;

/** A workspace's dictionaries, ready for lookups both ways. */
export class Dictionaries {
  constructor(private readonly byDictionary: Map<TDictionary, DictionaryEntryRow[]>) {}

  entries(dictionary: TDictionary): DictionaryEntryRow[] {
    return this.byDictionary.get(dictionary) ?? [];
  }

  find(dictionary: TDictionary, key: string): DictionaryEntryRow | undefined {
    return this.entries(dictionary).find((e) => e.key === key);
  }

  /** Key, or a label in either language, case- and width-insensitively; archived entries still resolve. */
  resolve(dictionary: TDictionary, value: string): string | undefined {
    const wanted = value.trim().toLowerCase();
    const entry = this.entries(dictionary).find(
      (e) => e.key === wanted || e.label_zh.toLowerCase() === wanted || e.label_en.toLowerCase() === wanted,
    );
    return entry?.key;
  }

  label(dictionary: TDictionary, key: string, locale: TLocale): string {
    const entry = this.find(dictionary, key);
    if (!entry) return key;
    return locale === 'en-US' ? entry.label_en : entry.label_zh;
  }
}

// Labels change rarely and are read on every customer answer; each instance keeps them a few seconds. A rename
// is seen at once by the instance that made it and within this time by the others.
const CACHE_MS = 5_000;
const cache = new Map<string, { at: number; value: Dictionaries }>();

export function forgetDictionaries(workspaceId: string): void {
  cache.delete(workspaceId);
}

async function seedDefaults(
  db: DB,
  workspaceId: string,
  dictionaries: readonly TDictionary[],
): Promise<void> {
  const now = nowIso();
  const rows = dictionaries.flatMap((dictionary) =>
    DEFAULT_ENTRIES[dictionary].map((entry, index) => ({
      ...newRecord({ workspaceId, userId: '' }, now),
      dictionary,
      key: entry.key,
      label_zh: entry.zh,
      label_en: entry.en,
      code: entry.code ?? null,
      color: entry.color ?? null,
      sort: index,
    })),
  );
  await db
    .insertInto('dictionary_entries')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The workspace's dictionaries; the defaults are written the first time a workspace asks for each one. */
export async function loadDictionaries(db: DB, scope: Pick<Scope, 'workspaceId'>): Promise<Dictionaries> {
  const hit = cache.get(scope.workspaceId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  let rows = await db
    .selectFrom('dictionary_entries')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .orderBy('dictionary')
    .orderBy('sort')
    .execute();
  // A dictionary with no entries gets its defaults: every one for a new workspace, a new dictionary for an old one.
  const missing = DICTIONARIES.filter((d) => !rows.some((r) => r.dictionary === d));
  if (missing.length) {
    await seedDefaults(db, scope.workspaceId, missing);
    return loadDictionaries(db, scope);
  }
  const byDictionary = new Map<TDictionary, DictionaryEntryRow[]>();
  for (const row of rows)
    byDictionary.set(row.dictionary, [...(byDictionary.get(row.dictionary) ?? []), row]);
  rows = [];
  const value = new Dictionaries(byDictionary);
  cache.set(scope.workspaceId, { at: Date.now(), value });
  return value;
}

export function toDictionaryEntry(row: DictionaryEntryRow): TDictionaryEntry {
  return {
    key: row.key,
    labels: { 'zh-CN': row.label_zh, 'en-US': row.label_en },
    code: row.code,
    color: row.color,
    sort: row.sort,
    archived: row.deleted_at !== null,
    version: row.version,
  };
}

/** Resolves a sent value to a key or raises a field error naming the field. */
export function resolveOrFail(
  dicts: Dictionaries,
  dictionary: TDictionary,
  value: string,
  path: string,
): string {
  const key = dicts.resolve(dictionary, value);
  if (!key) throw new AppError('VALIDATION_FAILED', { fields: [{ path, code: 'UNKNOWN_DICTIONARY_VALUE' }] });
  return key;
}
