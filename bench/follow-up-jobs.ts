// The jobs part of bench/follow-ups.ts: the derived-refresh after a cadence change and back, the full refresh with
// nothing to change, a search-reindex batch and the 公海 reclaim over a backlog, each run timed; called on the
// database directly with the server stopped, and everything it changes is put back.
import { sql } from 'kysely';
import { fromJson, toJson } from '../src/server/db/dialect';
import type { DB } from '../src/server/db/schema';
import { reindexOutdated } from '../src/server/customers/customer-search';
import { refreshFollowUpFields } from '../src/server/follow-ups/follow-up-fields';
import { reclaimIdleCustomers } from '../src/server/pool/reclaim.service';
import { refreshPendingWorkspaces, startRefresh } from '../src/server/workspaces/derived-refresh';
import { loadWorkspaceSettings } from '../src/server/workspaces/workspace-settings';

const fmt = (n: number) => n.toLocaleString('en');

export async function benchJobs(
  db: DB,
  workspaceId: string,
  label: string,
  options: { jobs: Set<string>; reclaimDays: number },
): Promise<void> {
  const { jobs } = options;
  console.log(`\n${label} · jobs called directly on the database, the server stopped`);
  console.log(`${'job'.padEnd(58)} seconds │ target`);
  const line = (name: string, ms: number, target?: number) =>
    console.log(
      `${name.padEnd(58)} ${(ms / 1000).toFixed(1).padStart(7)} │ ${target === undefined ? 'no target' : `${ms / 1000 <= target ? 'met' : 'MISSED'} (≤${target} s)`}`,
    );
  const settings = await loadWorkspaceSettings(db, workspaceId);
  let t = performance.now();
  if (jobs.has('cadence')) {
    // A cadence change as 设置 → 跟进规则 saves it (workspace.service.ts): grade B every 10 days instead of 7, then
    // back again. The save stores the rules and starts the recompute; here the batches run as the
    // derived-refresh job runs them, each run timed, until nothing is pending.
    const changed = settings.cadence.map((rule) =>
      rule.grade === 'B' ? { ...rule, days: rule.days + 3 } : rule,
    );
    const stored = fromJson<Record<string, unknown>>(
      (
        await db
          .selectFrom('workspaces')
          .select('settings')
          .where('id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).settings,
    );
    for (const [name, cadence] of [
      ['cadence change (grade B +3 days)', changed],
      ['cadence change back', settings.cadence],
    ] as const) {
      await db
        .updateTable('workspaces')
        .set({ settings: toJson({ ...stored, cadence }) })
        .where('id', '=', workspaceId)
        .execute();
      await startRefresh(db, workspaceId);
      for (let run = 1; run <= 100; run++) {
        t = performance.now();
        const done = await refreshPendingWorkspaces(db);
        const left = done.unfinished ? 'more left' : 'done';
        line(
          `${name}: derived-refresh run ${run}, ${fmt(done.customers)} customers, ${left}`,
          performance.now() - t,
          60,
        );
        if (!done.unfinished) break;
      }
    }
    await db
      .updateTable('workspaces')
      .set({ settings: toJson(stored) })
      .where('id', '=', workspaceId)
      .execute();
  }
  if (jobs.has('all')) {
    t = performance.now();
    await refreshFollowUpFields(db, workspaceId, settings, 'all');
    line('refreshFollowUpFields(all), nothing changed', performance.now() - t, 60);
  }
  if (jobs.has('reindex')) {
    t = performance.now();
    const reindexed = await reindexOutdated(db, 200);
    line(`search-reindex, one batch of 200 (${reindexed} outdated)`, performance.now() - t);
  }
  // 公海: turn reclaim on, run it twice (a backlog, then nothing new), and put everything back.
  if (jobs.has('reclaim')) {
    const days = options.reclaimDays;
    const row = await db
      .selectFrom('workspaces')
      .select('settings')
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const stored = fromJson<Record<string, unknown>>(row.settings) ?? {};
    const startedAt = new Date().toISOString();
    await db.schema.dropTable('bench_reclaim_backup').ifExists().execute();
    await sql`create table bench_reclaim_backup as
    select id, owner_id, owner_since, updated_at, version from customers where owner_id is not null`.execute(
      db,
    );
    await db
      .updateTable('workspaces')
      .set({ settings: toJson({ ...stored, pool: { reclaimDays: days, claimLimit: null } }) })
      .where('id', '=', workspaceId)
      .execute();
    try {
      // A backlog is worked off over several runs of at most 30 s each; then a steady run finds nothing.
      for (let run = 1; run <= 20; run++) {
        t = performance.now();
        const done = await reclaimIdleCustomers(db);
        const left = done.unfinished ? 'more left for the next run' : 'backlog done';
        line(
          `pool-reclaim, run ${run} (${days} days): ${fmt(done.reclaimed)} reclaimed, ${done.warned} warned, ${left}`,
          performance.now() - t,
          60,
        );
        if (!done.unfinished && !done.reclaimed) break;
      }
    } finally {
      t = performance.now();
      await db
        .updateTable('workspaces')
        .set({ settings: toJson(stored) })
        .where('id', '=', workspaceId)
        .execute();
      await sql`update customers set owner_id = b.owner_id, owner_since = b.owner_since,
        updated_at = b.updated_at, version = b.version
      from bench_reclaim_backup b where customers.id = b.id and customers.owner_id is null`.execute(db);
      await db.deleteFrom('history').where('action', '=', 'reclaim').where('at', '>=', startedAt).execute();
      await db.deleteFrom('notifications').where('dedupe_key', 'like', 'pool-warning:%').execute();
      await db.schema.dropTable('bench_reclaim_backup').execute();
      console.log(
        `(owners, history and notifications restored in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
  }
}
