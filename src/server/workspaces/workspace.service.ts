import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import type { TUpdateWorkspaceInput, TWorkspace } from '../../domain/workspace';
import { rescoreCustomers } from '../customers/rescore';
import { fromJson, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordUpdate } from '../history/history.service';
import { settingsOf } from './workspace-settings';
import type { WorkspaceRow } from './workspace.table';

export function toWorkspace(row: WorkspaceRow): TWorkspace {
  const settings = settingsOf(row);
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    settings: {
      customerNumberPattern: settings.customerNumberPattern,
      scoring: settings.scoring,
      cadence: settings.cadence,
      health: settings.health,
      pool: settings.pool,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

async function findWorkspace(db: DB, scope: Scope): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', scope.workspaceId).executeTakeFirst();
}

export async function getWorkspace(db: DB, scope: Scope): Promise<TWorkspace> {
  const row = await findWorkspace(db, scope);
  if (!row) throw notFound();
  return toWorkspace(row);
}

/** Changing the scoring weights or grade thresholds re-scores every customer in the same transaction. */
export async function updateWorkspace(
  db: DB,
  scope: Scope,
  input: TUpdateWorkspaceInput,
): Promise<TWorkspace> {
  return db.transaction().execute(async (trx) => {
    const before = await findWorkspace(trx, scope);
    if (!before) throw notFound();
    const stored = fromJson<Record<string, unknown>>(before.settings) ?? {};
    const row = await trx
      .updateTable('workspaces')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
        ...(input.settings && { settings: toJson({ ...stored, ...input.settings }) }),
        version: input.version + 1,
        updated_at: nowIso(),
      })
      .where('id', '=', scope.workspaceId)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw await conflictOrNotFound(() => findWorkspace(trx, scope), toWorkspace);
    const after = toWorkspace(row);
    if (input.settings?.scoring) await rescoreCustomers(trx, scope.workspaceId, after.settings.scoring);
    // New grades or new rules: every customer's cadence and due date follow.
    if (input.settings?.scoring || input.settings?.cadence)
      await refreshFollowUpFields(trx, scope.workspaceId, settingsOf(row), 'all', { followUps: false });
    await recordUpdate(trx, scope, 'workspace', row.id, toWorkspace(before), after);
    return after;
  });
}
