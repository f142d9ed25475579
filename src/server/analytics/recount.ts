import { sql } from 'kysely';
import { ownerCountsOf, ownerFactsOf } from '../db/migrations/2026_12_02_120000_owner_follow_up_counts';

/** A quoted SQL string: the owner counts are SQL text shared with the migration's triggers, not a template. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Statements that count a workspace's follow_up_day_counts afresh and forget its kept months, for data written
 * around the triggers (a bulk load with them off): the same counts the migrations' triggers keep (frozen there).
 */

export function recountAnalyticsSql(workspaceId: string) {
  const live = sql`f.workspace_id = ${workspaceId} and f.deleted_at is null
    and exists (select 1 from customers c where c.id = f.customer_id and c.deleted_at is null)`;
  const workspaceFollowUps = `(select * from follow_ups where workspace_id = ${literal(workspaceId)})`;
  return [
    sql`delete from follow_up_day_counts where workspace_id = ${workspaceId}`,
    sql`insert into follow_up_day_counts (workspace_id, kind, user_id, method, day, logged, due, on_time)
      select x.workspace_id, k.kind,
        case when k.kind in ('user', 'user_method') then x.user_id else '' end,
        case when k.kind in ('method', 'user_method') then x.method else '' end,
        x.day, sum(x.logged), sum(x.due), sum(x.on_time)
      from (
        select f.workspace_id, f.day, f.user_id, f.method, 1 as logged, 0 as due, 0 as on_time
          from follow_ups f where ${live}
        union all
        select f.workspace_id, f.due_date, f.user_id, f.method, 0, 1, case when f.day <= f.due_date then 1 else 0 end
          from follow_ups f where ${live} and f.due_date is not null) x
      cross join (select 'all' as kind union all select 'user' union all select 'method'
        union all select 'user_method') k
      group by 1, 2, 3, 4, 5`,
    sql`insert into follow_up_day_counts (workspace_id, kind, user_id, method, day, logged, due, on_time)
      ${sql.raw(ownerCountsOf([ownerFactsOf(workspaceFollowUps, 'customers', '1')]))}`,
    sql`delete from analytics_months where workspace_id = ${workspaceId}`,
  ];
}
