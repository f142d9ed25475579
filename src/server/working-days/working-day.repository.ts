import type { TDayKind } from '../../domain/working-day-override';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { WorkingDayOverrideRow } from './working-day.table';

// Overrides are workspace settings, not owned records: the workspace is the whole scope.

/** A workspace's live overrides, in date order; a few dozen rows a year at most. */
export async function listOverrides(db: DB, workspaceId: string): Promise<WorkingDayOverrideRow[]> {
  return db
    .selectFrom('working_day_overrides')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .orderBy('day')
    .execute();
}

export async function findOverride(
  db: DB,
  scope: Pick<Scope, 'workspaceId'>,
  day: string,
): Promise<WorkingDayOverrideRow | undefined> {
  return db
    .selectFrom('working_day_overrides')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('day', '=', day)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function insertOverride(
  db: DB,
  scope: Scope,
  values: { day: string; kind: TDayKind; name: string | null },
): Promise<WorkingDayOverrideRow> {
  return db
    .insertInto('working_day_overrides')
    .values({ ...newRecord(scope), ...values })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Undefined when the row moved on since `version` (or is gone): the caller answers with a conflict. */
export async function updateOverride(
  db: DB,
  scope: Scope,
  row: Pick<WorkingDayOverrideRow, 'id' | 'version'>,
  values: { kind: TDayKind; name: string | null },
): Promise<WorkingDayOverrideRow | undefined> {
  return db
    .updateTable('working_day_overrides')
    .set({ ...values, version: row.version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function softDeleteOverride(
  db: DB,
  scope: Scope,
  row: Pick<WorkingDayOverrideRow, 'id' | 'version'>,
): Promise<boolean> {
  const now = nowIso();
  const result = await db
    .updateTable('working_day_overrides')
    .set({
      deleted_at: now,
      deleted_by: scope.userId || null,
      updated_at: now,
      updated_by: scope.userId || null,
      version: row.version + 1,
    })
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
