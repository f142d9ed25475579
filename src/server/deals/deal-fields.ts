import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres } from '../db/dialect';
import type { DB } from '../db/schema';

/**
 * What a customer derives from its deals, stored on the row so lists filter and sort by it: the first and last won
 * dates, the total won amount (actual, else expected) and the number of won deals; and, once the customer has deals,
 * its type (成交客户 at one won deal, 复购客户 at two, 意向客户 while only open ones, 流失客户 when every deal is lost)
 * and stage (the most advanced open deal's, else won or lost). A customer without deals keeps what people typed.
 * Set-based and writing only rows whose values change; the version is left alone, as for follow-ups, so a colleague
 * moving a deal does not make someone's open edit of the card stale.
 */
export async function refreshDealFields(
  db: DB,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<void> {
  if (customerIds.length === 0) return;
  const pg = isPostgres(db);
  const deals = (kind: string | null, select: RawBuilder<unknown>) =>
    sql`(select ${select} from deals d where d.customer_id = customers.id and d.deleted_at is null
      ${kind ? sql`and d.stage_kind = ${kind}` : sql``})`;
  const wonCount = deals('won', sql`count(*)`);
  const hasDeals = sql`exists (select 1 from deals d where d.customer_id = customers.id and d.deleted_at is null)`;
  const hasOpen = sql`exists (select 1 from deals d where d.customer_id = customers.id and d.deleted_at is null
    and d.stage_kind = 'open')`;
  const mostAdvancedOpen = sql`(select d.stage from deals d join pipeline_stages s
      on s.pipeline_id = d.pipeline_id and s.key = d.stage
    where d.customer_id = customers.id and d.deleted_at is null and d.stage_kind = 'open'
    order by s.sort desc limit 1)`;
  const values = {
    first_won_date: deals('won', sql`min(d.closed_date)`),
    last_won_date: deals('won', sql`max(d.closed_date)`),
    won_amount: deals('won', sql`coalesce(sum(coalesce(d.actual_amount, d.expected_amount, 0)), 0)`),
    won_count: wonCount,
    type: sql`case when not ${hasDeals} then type
      when ${wonCount} >= 2 then 'repeat' when ${wonCount} = 1 then 'customer'
      when ${hasOpen} then 'intent' else 'lost' end`,
    stage: sql`case when not ${hasDeals} then stage
      when ${hasOpen} then ${mostAdvancedOpen}
      when ${wonCount} > 0 then 'won' else 'lost' end`,
  };
  const differs = (column: string, value: RawBuilder<unknown>) =>
    pg
      ? sql<SqlBool>`${sql.ref(column)} is distinct from ${value}`
      : sql<SqlBool>`${sql.ref(column)} is not ${value}`;
  await db
    .updateTable('customers')
    .set(values as never)
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', customerIds)
    .where((eb) => eb.or(Object.entries(values).map(([column, value]) => differs(column, value))))
    .execute();
}
