import type { TUpdateWorkspaceInput, TWorkspace } from '../../domain/workspace';
import { fromJson, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordUpdate } from '../history/history.service';
import { continueRefresh, SAVE_BUDGET_MS, startRefresh } from './derived-refresh';
import { refreshInstallmentFields } from '../projects/installment-fields';
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
      deals: settings.deals,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    recomputing: row.refresh_after !== null,
  };
}

/** What the history keeps of a workspace: not whether a recompute is running. */
const audited = ({ recomputing: _, ...rest }: TWorkspace) => rest;

async function findWorkspace(db: DB, scope: Scope): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', scope.workspaceId).executeTakeFirst();
}

export async function getWorkspace(db: DB, scope: Scope): Promise<TWorkspace> {
  const row = await findWorkspace(db, scope);
  if (!row) throw notFound();
  return toWorkspace(row);
}

/**
 * New scoring, cadence rules or time zone: every customer's score, grade, cadence and due date follow, in batches
 * after the save (derived-refresh.ts); the answer says whether that is still running.
 */
export async function updateWorkspace(
  db: DB,
  scope: Scope,
  input: TUpdateWorkspaceInput,
): Promise<TWorkspace> {
  const saved = await db.transaction().execute(async (trx) => {
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
    const rulesChanged =
      input.settings?.scoring ||
      input.settings?.cadence ||
      (input.timeZone !== undefined && input.timeZone !== before.time_zone);
    if (rulesChanged) await startRefresh(trx, scope.workspaceId);
    // A new payment term moves the due date of every installment that falls due after its milestone.
    const term = input.settings?.deals?.paymentTermDays;
    if (term !== undefined && term !== settingsOf(before).deals.paymentTermDays)
      await refreshInstallmentFields(trx, scope.workspaceId, term, 'allBound');
    await recordUpdate(trx, scope, 'workspace', row.id, audited(toWorkspace(before)), audited(after));
    return { rulesChanged };
  });
  if (saved.rulesChanged) await continueRefresh(db, scope.workspaceId, Date.now() + SAVE_BUDGET_MS);
  return getWorkspace(db, scope);
}
