import { sql } from 'kysely';
import { instantRange, type DayRange, type TAnalyticsQuery } from '../../domain/analytics';
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
import { analyticsContext, type AnalyticsContext } from './analytics-context';
import { keptSums, type Sums } from './kept-months';

/**
 * A range's new customers by channel as sums (`count:<channel>`, `won:<channel>`; '' for none). Won is "bought by
 * today", and a kept month outlives today: a first won date still ahead is kept as `wonOn:<day>:<channel>` and
 * counted once that day has come.
 */
async function channelSums(db: DB, ctx: AnalyticsContext, range: DayRange): Promise<Sums> {
  const { from, before } = instantRange(range, ctx.timeZone);
  let customers = scopeCustomers(db.selectFrom('customers'), ctx.reader.scope)
    .where('customers.created_at', '>=', from)
    .where('customers.created_at', '<', before);
  if (ctx.userId) customers = customers.where('customers.owner_id', '=', ctx.userId);
  const channel = groupKey('customers.source_channel');
  const [groups, ahead] = await Promise.all([
    customers
      .select([
        channel.as('channel'),
        sql<number>`count(*)`.as('n'),
        sql<number>`count(case when customers.first_won_date <= ${ctx.today} then 1 end)`.as('won'),
      ])
      .groupBy(channel)
      .execute(),
    customers
      .where('customers.first_won_date', '>', ctx.today)
      .select([channel.as('channel'), 'customers.first_won_date as day', sql<number>`count(*)`.as('n')])
      .groupBy([channel, 'customers.first_won_date'])
      .execute(),
  ]);
  const sums: Sums = {};
  for (const g of groups) {
    sums[`count:${g.channel}`] = Number(g.n);
    sums[`won:${g.channel}`] = Number(g.won);
  }
  for (const g of ahead) sums[`wonOn:${g.day}:${g.channel}`] = Number(g.n);
  return sums;
}

/**
 * 来源渠道统计 (seed 000: 渠道 | 数量 | 转化率): customers created in the period (workspace days), owned by the member
 * when one is chosen, by source channel; won = those with a deal won by today (their stored first won date).
 * Closed months kept.
 */
export async function sourceChannelsReport(
  db: DB,
  reader: Reader,
  query: TAnalyticsQuery,
): Promise<TSourceChannelsReport> {
  const ctx = await analyticsContext(db, reader, query);
  const [sums, dicts] = await Promise.all([
    keptSums(db, ctx, 'channels', null, ctx.current, (range) => channelSums(db, ctx, range)),
    loadDictionaries(db, reader.scope),
  ]);
  const won = new Map<string, number>();
  const count = new Map<string, number>();
  for (const [key, n] of Object.entries(sums)) {
    const [kind, ...rest] = key.split(':');
    if (kind === 'count') count.set(rest.join(':'), n);
    if (kind === 'won') won.set(rest.join(':'), (won.get(rest.join(':')) ?? 0) + n);
    // `wonOn:YYYY-MM-DD:<channel>`: bought since the month was kept.
    const [day, ...channel] = rest;
    if (kind === 'wonOn' && day && day <= ctx.today)
      won.set(channel.join(':'), (won.get(channel.join(':')) ?? 0) + n);
  }
  const rows = [...count].map(([channel, n]) => {
    const w = won.get(channel) ?? 0;
    return {
      key: channel || null,
      label: channel ? dicts.label('sourceChannel', channel, reader.locale) : unknownLabel(reader.locale),
      count: n,
      won: w,
      conversionRate: rate(w, n),
    };
  });
  rows.sort(byFigureThenLabel((r) => r.count));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const totalWon = rows.reduce((sum, r) => sum + r.won, 0);
  return {
    ...reportHead(ctx),
    rows,
    totals: { count: total, won: totalWon, conversionRate: rate(totalWon, total) },
  };
}
