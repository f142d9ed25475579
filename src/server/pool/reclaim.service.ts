import { sql } from 'kysely';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { DEFAULT_LOCALE, type TLocale } from '../../domain/locale';
import { RECLAIM_WARNING_DAYS } from '../../domain/workspace';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { newId, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { inBatches } from '../jobs/batches';
import { notify } from '../notifications/notify.service';
import { settingsOf } from '../workspaces/workspace-settings';

/**
 * The day the owner last showed care: their latest follow-up or the day they got the customer, whichever is later.
 * customers_last_touch_idx indexes this very expression (migration 2026_11_30_130000): change both or neither.
 */
const LAST_TOUCH = sql<string>`case when coalesce(last_follow_up_day, '') > coalesce(owner_since, '')
  then last_follow_up_day else coalesce(owner_since, '') end`;

/**
 * A run reclaims in batches of 500 for at most 30 s, then leaves the rest to the next run (every 10 minutes): turning reclaim on
 * over a large backlog (580,000 of a million customers took 108 s here) must not hold a job, or the database, for
 * minutes. Between batches the event loop gets a turn, so requests are served meanwhile.
 */
const LIMITS = { batch: 500, budgetMs: 30_000 };

const WARNING = {
  'zh-CN': (n: number, days: number) => ({
    title: `${n} 个客户 ${RECLAIM_WARNING_DAYS} 天内将被收回公海`,
    body: (names: string) => `已连续 ${days - RECLAIM_WARNING_DAYS} 天没有跟进：${names}。跟进一次即可保留。`,
  }),
  'en-US': (n: number, days: number) => ({
    title: `${n} customer${n === 1 ? '' : 's'} go back to the shared pool within ${RECLAIM_WARNING_DAYS} days`,
    body: (names: string) =>
      `Not followed up for ${days - RECLAIM_WARNING_DAYS} days: ${names}. One follow-up keeps them yours.`,
  }),
} satisfies Record<TLocale, unknown>;

/**
 * 公海 reclaim, for every workspace that turned it on: customers whose owner has not followed them up for the set
 * number of days go back to the pool (each in the history, by nobody: the system did it); owners get one warning a
 * day, 3 days ahead, listing the customers they are about to lose. Idempotent, so it can run as often as it likes.
 */
export async function reclaimIdleCustomers(
  db: DB,
  now = new Date(),
  limits = LIMITS,
): Promise<{ reclaimed: number; warned: number; unfinished: number }> {
  const workspaces = await db.selectFrom('workspaces').select(['id', 'time_zone', 'settings']).execute();
  const deadline = Date.now() + limits.budgetMs;
  let reclaimed = 0;
  let warned = 0;
  // Workspaces whose reclaim waits for the next run: past the deadline they still get their warnings.
  let unfinished = 0;
  for (const workspace of workspaces) {
    const settings = settingsOf(workspace);
    const days = settings.pool.reclaimDays;
    if (days === null) continue;
    const today = todayIn(settings.timeZone, now);
    const cutoff = addDays(today, -days);
    if (unfinished) unfinished++;
    else {
      const done = await reclaimBefore(db, workspace.id, cutoff, limits.batch, deadline);
      reclaimed += done.n;
      if (done.more) unfinished++;
    }
    warned += await warnOwners(db, workspace.id, today, cutoff, days);
  }
  return { reclaimed, warned, unfinished };
}

async function reclaimBefore(
  db: DB,
  workspaceId: string,
  cutoff: string,
  batch: number,
  deadline: number,
): Promise<{ n: number; more: boolean }> {
  // Longest idle first, each batch starting at the last touch the previous one reached: in PostgreSQL a reclaimed
  // row stays in the index as a dead entry until vacuum, and batches that started from the beginning read ever more
  // of them (35,500 reclaimed in the first 30-s run, 19,500 in the fourth).
  let from = '';
  const result = await inBatches(deadline, async () => {
    const n = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('customers')
        .select(['id', 'owner_id', LAST_TOUCH.as('touch')])
        .where('workspace_id', '=', workspaceId)
        .where('owner_id', 'is not', null)
        .where('deleted_at', 'is', null)
        .where(LAST_TOUCH, '>=', from)
        .where(LAST_TOUCH, '<=', cutoff)
        .orderBy(LAST_TOUCH)
        .limit(batch)
        .execute();
      if (!rows.length) return 0;
      from = rows.at(-1)?.touch ?? from;
      const at = nowIso();
      await trx
        .updateTable('customers')
        .set((eb) => ({ owner_id: null, owner_since: null, updated_at: at, version: eb('version', '+', 1) }))
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      await trx
        .insertInto('history')
        .values(
          rows.map((r) => ({
            id: newId(),
            workspace_id: workspaceId,
            entity_type: CUSTOMER_ENTITY,
            entity_id: r.id,
            action: 'reclaim',
            changes: toJson({ ownerId: { from: r.owner_id, to: null } }),
            user_id: null,
            at,
          })),
        )
        .execute();
      return rows.length;
    });
    return { n, done: n < batch };
  });
  return { n: result.n, more: !result.done };
}

async function warnOwners(db: DB, workspaceId: string, today: string, cutoff: string, days: number) {
  const rows = await db
    .selectFrom('customers')
    .innerJoin('users', 'users.id', 'customers.owner_id')
    .select(['customers.id', 'customers.name', 'customers.owner_id', 'users.locale'])
    .where('customers.workspace_id', '=', workspaceId)
    // Implied by the join, but said so that the partial index on the last touch applies.
    .where('customers.owner_id', 'is not', null)
    .where('customers.deleted_at', 'is', null)
    .where(LAST_TOUCH, '>', cutoff)
    .where(LAST_TOUCH, '<=', addDays(cutoff, RECLAIM_WARNING_DAYS))
    .orderBy('customers.owner_id')
    .orderBy('customers.name')
    .execute();
  const byOwner = new Map<string, typeof rows>();
  for (const row of rows) byOwner.set(row.owner_id ?? '', [...(byOwner.get(row.owner_id ?? '') ?? []), row]);
  let warned = 0;
  for (const [ownerId, customers] of byOwner) {
    const locale = customers[0]?.locale ?? DEFAULT_LOCALE;
    const words = WARNING[locale](customers.length, days);
    const names = customers
      .slice(0, 20)
      .map((c) => c.name)
      .join(locale === 'zh-CN' ? '、' : ', ');
    const result = await notify(db, {
      workspaceId,
      userId: ownerId,
      kind: 'due',
      title: words.title,
      body: words.body(names + (customers.length > 20 ? '…' : '')),
      link: '/customers?sort=lastFollowUpAt',
      dedupeKey: `pool-warning:${today}:${ownerId}`,
    });
    if (result.created) warned += 1;
  }
  return warned;
}
