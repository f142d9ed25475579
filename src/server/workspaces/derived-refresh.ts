import { rescoreCustomers } from '../customers/rescore';
import type { DB } from '../db/schema';
import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import { inBatches } from '../jobs/batches';
import { settingsOf } from './workspace-settings';

/**
 * After a workspace changes its scoring, cadence rules or time zone, every customer's score, grade, cadence and due
 * date follow. At a million customers that is minutes of writes on PostgreSQL (each changed row is a new row
 * version in every index of customers, the trigram index included: 285 s for one cadence change), too long for a
 * request or one transaction. So the workspace remembers where the recompute stands (`refresh_after`: '' = from the
 * first customer, null = nothing pending) and it goes in batches, each its own transaction: first right after the
 * save for a few seconds (a small workspace is done before the answer), then in the `derived-refresh` job.
 */
const BATCH = 2_000;
/** How long a save waits for the recompute before answering; the job does the rest. */
export const SAVE_BUDGET_MS = 3_000;
/** A job run's share. */
export const JOB_BUDGET_MS = 30_000;

/** Marks every customer of the workspace for a recompute, from the first, in the caller's transaction. */
export async function startRefresh(db: DB, workspaceId: string): Promise<void> {
  await db.updateTable('workspaces').set({ refresh_after: '' }).where('id', '=', workspaceId).execute();
}

/**
 * Works on a workspace's pending recompute until it is done or the deadline passes; `done` is false when work is
 * left for the next run. Each batch first claims its place (a conditional update of the cursor): rules saved
 * meanwhile put the cursor back to the start, and a batch computed with the old rules is then not kept.
 */
export async function continueRefresh(
  db: DB,
  workspaceId: string,
  deadline: number,
  batch = BATCH,
): Promise<{ customers: number; done: boolean }> {
  const result = await inBatches(deadline, () =>
    db.transaction().execute(async (trx) => {
      const ws = await trx
        .selectFrom('workspaces')
        .select(['time_zone', 'settings', 'refresh_after'])
        .where('id', '=', workspaceId)
        .executeTakeFirst();
      if (!ws || ws.refresh_after === null) return { n: 0, done: true };
      const after = ws.refresh_after;
      const ids = (
        await trx
          .selectFrom('customers')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '>', after)
          .orderBy('id')
          .limit(batch)
          .execute()
      ).map((r) => r.id);
      const next = ids.length === batch ? (ids.at(-1) ?? null) : null;
      const claimed = await trx
        .updateTable('workspaces')
        .set({ refresh_after: next })
        .where('id', '=', workspaceId)
        .where('refresh_after', '=', after)
        .executeTakeFirst();
      // Another instance took this batch, or new rules restarted the walk: whoever holds the cursor goes on.
      if (!Number(claimed.numUpdatedRows)) return { n: 0, done: true };
      const settings = settingsOf(ws);
      await rescoreCustomers(trx, workspaceId, settings.scoring, ids);
      await refreshFollowUpFields(trx, workspaceId, settings, ids, { followUps: false });
      return { n: ids.length, done: next === null };
    }),
  );
  return { customers: result.n, done: result.done };
}

/** The `derived-refresh` job: every workspace with a recompute pending, within one run's time. */
export async function refreshPendingWorkspaces(
  db: DB,
  budgetMs = JOB_BUDGET_MS,
): Promise<{ customers: number; unfinished: number }> {
  const pending = await db
    .selectFrom('workspaces')
    .select('id')
    .where('refresh_after', 'is not', null)
    .execute();
  const deadline = Date.now() + budgetMs;
  let customers = 0;
  let unfinished = 0;
  for (const { id } of pending) {
    if (Date.now() >= deadline) {
      unfinished++;
      continue;
    }
    const result = await continueRefresh(db, id, deadline);
    customers += result.customers;
    if (!result.done) unfinished++;
  }
  return { customers, unfinished };
}
