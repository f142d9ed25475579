import { sql } from 'kysely';
import type { TFollowUpCountKind } from './analytics.table';

/**
 * Each kind of follow_up_day_counts row: the key columns it keeps (the others are ''), and which follow-ups it
 * counts: all of live customers, those of owned ones, or those the owner logged.
 */
const KINDS: {
  kind: TFollowUpCountKind;
  user: 'user_id' | 'owner_id' | null;
  method: boolean;
  counts: 'all' | 'owned' | 'self';
}[] = [
  { kind: 'all', user: null, method: false, counts: 'all' },
  { kind: 'user', user: 'user_id', method: false, counts: 'all' },
  { kind: 'method', user: null, method: true, counts: 'all' },
  { kind: 'user_method', user: 'user_id', method: true, counts: 'all' },
  { kind: 'owner', user: 'owner_id', method: false, counts: 'owned' },
  { kind: 'owner_self', user: 'owner_id', method: false, counts: 'self' },
];

const KIND_TABLE = KINDS.map(
  ({ kind, counts }) =>
    `select '${kind}' as kind, ${counts === 'all' ? 0 : 1} as owned_only, ${counts === 'self' ? 1 : 0} as self_only`,
).join(' union all ');
const keyOf = (pick: (k: (typeof KINDS)[number]) => string) =>
  `case ${KINDS.map((k) => `when k.kind = '${k.kind}' then ${pick(k)}`).join(' ')} end`;

/**
 * Statements that count a workspace's follow_up_day_counts afresh and forget its kept months, for data written
 * around the triggers (a bulk load with them off): the same counts the migrations' triggers keep (frozen there;
 * follow-up-day-counts.test.ts holds this to them). A live follow-up of a live customer is logged on its day and, with
 * an agreed date, due on that date; the owner kinds count only owned customers' follow-ups.
 *
 * One pass over follow_ups, grouped once by every key before the kinds fan it out. At ten million follow-ups SQLite
 * otherwise read them through a partial index (a random read per row of a 17 GiB file) or drove from customers into
 * follow_ups_customer_idx; `not indexed` keeps it on the table, in order.
 */
export function recountAnalyticsSql(workspaceId: string, { pg }: { pg: boolean }) {
  const followUps = sql.raw(pg ? 'follow_ups f' : 'follow_ups f not indexed');
  const user = keyOf((k) => (k.user ? `g.${k.user}` : "''"));
  const method = keyOf((k) => (k.method ? 'g.method' : "''"));
  return [
    sql`delete from follow_up_day_counts where workspace_id = ${workspaceId}`,
    sql`insert into follow_up_day_counts (workspace_id, kind, user_id, method, day, logged, due, on_time)
      select g.workspace_id, k.kind, ${sql.raw(user)}, ${sql.raw(method)}, g.day,
        sum(g.logged), sum(g.due), sum(g.on_time)
      from (
        select f.workspace_id, case when s.due = 1 then f.due_date else f.day end as day, f.user_id, f.method,
          coalesce(c.owner_id, '') as owner_id, case when f.user_id = c.owner_id then 1 else 0 end as self,
          sum(1 - s.due) as logged, sum(s.due) as due,
          sum(case when s.due = 1 and f.day <= f.due_date then 1 else 0 end) as on_time
        from ${followUps}
        join customers c on c.id = f.customer_id
        cross join (select 0 as due union all select 1) s
        where f.workspace_id = ${workspaceId} and f.deleted_at is null and c.deleted_at is null
          and (s.due = 0 or f.due_date is not null)
        group by 1, 2, 3, 4, 5, 6) g
      cross join (${sql.raw(KIND_TABLE)}) k
      where (k.owned_only = 0 or g.owner_id <> '') and (k.self_only = 0 or g.self = 1)
      group by 1, 2, 3, 4, 5`,
    sql`delete from analytics_months where workspace_id = ${workspaceId}`,
  ];
}
