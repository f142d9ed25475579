import { z } from 'zod';
import { fromJson, newId, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { HistoryRow } from './history.table';

/** Bookkeeping fields that change on every save and say nothing a person wants to read. */
const IGNORED = new Set(['updatedAt', 'updatedBy', 'version', 'createdAt', 'createdBy']);

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** The fields whose values differ between two API shapes of one record. */
export function diffRecords(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

export interface HistoryEntryInput {
  entityType: string;
  entityId: string;
  action: string;
  changes: FieldChanges | Record<string, unknown>;
}

/** Written in the same transaction as the change it describes. */
export async function recordHistory(db: DB, scope: Scope, entry: HistoryEntryInput): Promise<void> {
  await db
    .insertInto('history')
    .values({
      id: newId(),
      workspace_id: scope.workspaceId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      changes: toJson(entry.changes),
      user_id: scope.userId || null, // empty for the command line, which acts as no member
      at: nowIso(),
    })
    .execute();
}

/** Records an update if anything a person cares about changed. */
export async function recordUpdate<T extends object>(
  db: DB,
  scope: Scope,
  entityType: string,
  entityId: string,
  before: T,
  after: T,
): Promise<void> {
  const changes = diffRecords(before as Record<string, unknown>, after as Record<string, unknown>);
  if (Object.keys(changes).length > 0)
    await recordHistory(db, scope, { entityType, entityId, action: 'update', changes });
}

export const ZHistoryEntry = z.object({
  id: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.unknown()),
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  at: z.string(),
});
export type THistoryEntry = z.infer<typeof ZHistoryEntry>;

/**
 * Newest first. `mask` runs over each entry's values so personal data in the history is hidden exactly as it is on
 * the record itself for this caller.
 */
export async function listHistory(
  db: DB,
  scope: Scope,
  entityType: string,
  entityId: string,
  mask: (changes: Record<string, unknown>) => Record<string, unknown> = (c) => c,
  page: { limit: number; before?: { at: string; id: string } } = { limit: 500 },
): Promise<THistoryEntry[]> {
  const { before } = page;
  const rows = await db
    .selectFrom('history')
    .leftJoin('users', 'users.id', 'history.user_id')
    .select([
      'history.id',
      'history.action',
      'history.changes',
      'history.user_id',
      'history.at',
      'users.name as user_name',
    ])
    .where('history.workspace_id', '=', scope.workspaceId)
    .where('history.entity_type', '=', entityType)
    .where('history.entity_id', '=', entityId)
    .$if(!!before, (q) =>
      q.where((eb) =>
        eb.or([
          eb('history.at', '<', before?.at ?? ''),
          eb.and([eb('history.at', '=', before?.at ?? ''), eb('history.id', '<', before?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('history.at', 'desc')
    .orderBy('history.id', 'desc')
    .limit(page.limit)
    .execute();
  return rows.map((row) => toHistoryEntry(row, mask));
}

function toHistoryEntry(
  row: Pick<HistoryRow, 'id' | 'action' | 'changes' | 'user_id' | 'at'> & { user_name: string | null },
  mask: (changes: Record<string, unknown>) => Record<string, unknown>,
): THistoryEntry {
  return {
    id: row.id,
    action: row.action,
    changes: mask(fromJson<Record<string, unknown>>(row.changes)),
    user: row.user_id ? { id: row.user_id, name: row.user_name ?? '' } : null,
    at: row.at,
  };
}
