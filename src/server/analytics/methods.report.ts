import { sql } from 'kysely';
import type { TAnalyticsQuery } from '../../domain/analytics';
import { byFigureThenLabel, rate, type TMethodsReport } from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { followUpDayCounts, followUpsOn, reportHead } from './sources';
import { analyticsContext, seesWholeWorkspace, type AnalyticsContext } from './analytics-context';

/** Each (method, customer) followed up that way in the period, with the first day it happened. */
function firstFollowUps(db: DB, ctx: AnalyticsContext) {
  return followUpsOn(db, ctx, ctx.current)
    .select([
      'follow_ups.method as method',
      'follow_ups.customer_id as customer_id',
      sql<string>`min(follow_ups.day)`.as('first_day'),
    ])
    .groupBy(['follow_ups.method', 'follow_ups.customer_id'])
    .as('f');
}

/**
 * 跟进方式: per method, the follow-ups and customers of the period; converted = the customer won a deal on or after
 * their first follow-up that way in the period (a deal won before it owes nothing to the method), up to today; win
 * rate = of the customers' deals closed in the period, the share won. A customer followed up two ways counts in both.
 */
export async function methodsReport(db: DB, reader: Reader, query: TAnalyticsQuery): Promise<TMethodsReport> {
  const ctx = await analyticsContext(db, reader, query);
  const workspaceId = reader.scope.workspaceId;
  const wonSinceFirst = db
    .selectFrom('deals')
    .select('deals.id')
    .where('deals.customer_id', '=', sql.ref<string>('f.customer_id'))
    .where('deals.workspace_id', '=', workspaceId)
    .where('deals.deleted_at', 'is', null)
    .where('deals.stage_kind', '=', 'won')
    .where('deals.closed_date', '>=', sql.ref<string>('f.first_day'))
    .where('deals.closed_date', '<=', ctx.today);
  const [counts, customers, closed, dicts] = await Promise.all([
    seesWholeWorkspace(ctx)
      ? followUpDayCounts(db, ctx, ctx.current)
          .select(['follow_up_day_counts.method as method', sql<number>`sum(logged)`.as('n')])
          .groupBy('follow_up_day_counts.method')
          .having(sql<number>`sum(logged)`, '>', 0)
          .execute()
      : followUpsOn(db, ctx, ctx.current)
          .select(['follow_ups.method as method', sql<number>`count(*)`.as('n')])
          .groupBy('follow_ups.method')
          .execute(),
    db
      .selectFrom(firstFollowUps(db, ctx))
      .select((eb) => [
        'f.method',
        sql<number>`count(*)`.as('customers'),
        sql<number>`count(case when ${eb.exists(wonSinceFirst)} then 1 end)`.as('won'),
      ])
      .groupBy('f.method')
      .execute(),
    db
      .selectFrom(firstFollowUps(db, ctx))
      .innerJoin('deals', 'deals.customer_id', 'f.customer_id')
      .where('deals.workspace_id', '=', workspaceId)
      .where('deals.deleted_at', 'is', null)
      .where('deals.stage_kind', 'in', ['won', 'lost'])
      .where('deals.closed_date', '>=', ctx.current.from)
      .where('deals.closed_date', '<=', ctx.current.to)
      .select([
        'f.method',
        sql<number>`count(*)`.as('closed'),
        sql<number>`count(case when deals.stage_kind = 'won' then 1 end)`.as('won'),
      ])
      .groupBy('f.method')
      .execute(),
    loadDictionaries(db, reader.scope),
  ]);
  const rows = counts.map(({ method, n }) => {
    const reach = customers.find((c) => c.method === method);
    const deals = closed.find((c) => c.method === method);
    const followed = Number(reach?.customers ?? 0);
    const won = Number(reach?.won ?? 0);
    return {
      key: method,
      label: dicts.label('followUpMethod', method, reader.locale),
      followUps: Number(n),
      customers: followed,
      wonCustomers: won,
      conversionRate: rate(won, followed),
      winRate: rate(Number(deals?.won ?? 0), Number(deals?.closed ?? 0)),
    };
  });
  rows.sort(byFigureThenLabel((r) => r.followUps));
  return {
    ...reportHead(ctx),
    rows,
  };
}
