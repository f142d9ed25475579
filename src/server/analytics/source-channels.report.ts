import { sql } from 'kysely';
import { instantRange, type TAnalyticsQuery } from '../../domain/analytics';
import {
  byFigureThenLabel,
  rate,
  unknownLabel,
  type TSourceChannelsReport,
} from '../../domain/analytics-reports';
import type { Reader } from '../customers/customer-context';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { groupKey, reportHead } from './sources';
import { analyticsContext } from './analytics-context';

/**
 * 来源渠道统计 (seed 000: 渠道 | 数量 | 转化率): customers created in the period (workspace days), owned by the member
 * when one is chosen, by source channel; won = those with a deal won by today (their stored first won date).
 */
export async function sourceChannelsReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TSourceChannelsReport> {
  const ctx = await analyticsContext(db, reader, query);
  const { from, before } = instantRange(ctx.current, ctx.timeZone);
  let customers = scopeCustomers(db.selectFrom('customers'), reader.scope)
    .where('customers.created_at', '>=', from)
    .where('customers.created_at', '<', before);
  if (ctx.userId) customers = customers.where('customers.owner_id', '=', ctx.userId);
  const [groups, dicts] = await Promise.all([
    customers
      .select([
        groupKey('customers.source_channel').as('channel'),
        sql<number>`count(*)`.as('n'),
        // A won date after today is a deal typed as closing later: not bought yet.
        sql<number>`count(case when customers.first_won_date <= ${ctx.today} then 1 end)`.as('won'),
      ])
      .groupBy(groupKey('customers.source_channel'))
      .execute(),
    loadDictionaries(db, reader.scope),
  ]);
  const rows = groups.map((g) => {
    const count = Number(g.n);
    const won = Number(g.won);
    return {
      key: g.channel || null,
      label: g.channel ? dicts.label('sourceChannel', g.channel, reader.locale) : unknownLabel(reader.locale),
      count,
      won,
      conversionRate: rate(won, count),
    };
  });
  rows.sort(byFigureThenLabel((r) => r.count));
  const count = rows.reduce((sum, r) => sum + r.count, 0);
  const won = rows.reduce((sum, r) => sum + r.won, 0);
  return {
    ...reportHead(ctx),
    rows,
    totals: { count, won, conversionRate: rate(won, count) },
  };
}
