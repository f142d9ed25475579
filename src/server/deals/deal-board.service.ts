import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { ZDeal, type TDeal } from '../../domain/deal';
import { BOARD_CLOSED_DAYS, weightedAmount, ZPipeline } from '../../domain/pipeline';
import type { Reader } from '../customers/customer-context';
import { isTrue } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { decodeCursor, encodeCursor } from '../http/pagination';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { filteredDeals, ZDealFilters, type TDealFilters } from './deal-list';
import { serializeDeals } from './deal.service';
import type { DealRow, PipelineStageRow } from './deal.table';
import { loadPipeline, toPipeline } from './pipeline.service';

export const ZBoardQuery = ZDealFilters.omit({ stage: true, stageKind: true }).extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZColumnQuery = ZBoardQuery.extend({
  stage: z.string().min(1).max(60),
  cursor: z.string().max(500).optional(),
});

const ZColumnPage = z.object({ items: z.array(ZDeal), nextCursor: z.string().nullable() });
export const ZBoard = z.object({
  pipeline: ZPipeline,
  /** Won and lost columns hold the deals closed from this day on. */
  closedSince: z.string(),
  columns: z.array(
    ZColumnPage.extend({
      stage: z.string(),
      count: z.number().int(),
      /** Expected amounts of open deals; actual (else expected) amounts of closed ones. */
      amount: z.number().int(),
      /** amount × the stage's probability. */
      weighted: z.number().int(),
    }),
  ),
});
type TColumnPage = z.infer<typeof ZColumnPage>;

interface ColumnSpec {
  reader: Reader;
  filters: TDealFilters;
  stage: PipelineStageRow;
  since: string;
  limit: number;
}

/**
 * One column's cards. Open stages: soonest expected close first, undated ones after, each part read in index order
 * (deals_board_idx). Won and lost: the most recently closed first, from `since` on.
 */
async function columnPage(db: DB, spec: ColumnSpec, cursor?: string): Promise<TColumnPage> {
  const { reader, filters, stage, since, limit } = spec;
  const dicts = await loadDictionaries(db, reader.scope);
  const base = (await filteredDeals(db, reader, dicts, filters))
    .where('deals.pipeline_id', '=', stage.pipeline_id)
    .where('deals.stage', '=', stage.key)
    .selectAll('deals');
  const after = cursor ? decodeCursor(cursor) : undefined;
  const [afterValue, afterId] = after ? [after[0] as string | null, String(after[1])] : [undefined, ''];
  const rows: DealRow[] = [];
  let keyOf: (row: DealRow) => unknown[];
  if (stage.kind !== 'open') {
    keyOf = (r) => [r.closed_date, r.id];
    let query = base.where('deals.closed_date', '>=', since);
    if (after) query = query.where(sql<SqlBool>`(deals.closed_date, deals.id) < (${afterValue}, ${afterId})`);
    rows.push(
      ...(await query
        .orderBy('deals.closed_date', 'desc')
        .orderBy('deals.id', 'desc')
        .limit(limit + 1)
        .execute()),
    );
  } else {
    keyOf = (r) => [r.expected_close_date, r.id];
    if (afterValue !== null) {
      let dated = base.where('deals.expected_close_date', 'is not', null);
      if (after)
        dated = dated.where(
          sql<SqlBool>`(deals.expected_close_date, deals.id) > (${afterValue}, ${afterId})`,
        );
      rows.push(
        ...(await dated
          .orderBy('deals.expected_close_date')
          .orderBy('deals.id')
          .limit(limit + 1)
          .execute()),
      );
    }
    if (rows.length <= limit) {
      let undated = base.where('deals.expected_close_date', 'is', null);
      if (afterValue === null) undated = undated.where('deals.id', '>', afterId);
      rows.push(
        ...(await undated
          .orderBy('deals.id')
          .limit(limit + 1 - rows.length)
          .execute()),
      );
    }
  }
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: await serializeDeals(db, reader, shown),
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}

async function boardSetup(db: DB, reader: Reader, pipelineId?: string) {
  const [pipeline, settings] = await Promise.all([
    loadPipeline(db, reader.scope.workspaceId, pipelineId),
    loadWorkspaceSettings(db, reader.scope.workspaceId),
  ]);
  return { pipeline, since: addDays(todayIn(settings.timeZone), -BOARD_CLOSED_DAYS) };
}

/** 商机看板: per stage the first cards, the count, the amount and the weighted amount, from two grouped queries. */
export async function dealBoard(db: DB, reader: Reader, query: z.infer<typeof ZBoardQuery>) {
  const { pipeline, since } = await boardSetup(db, reader, query.pipelineId);
  const dicts = await loadDictionaries(db, reader.scope);
  const filters = { ...query, pipelineId: pipeline.row.id };
  const matching = await filteredDeals(db, reader, dicts, filters);
  const [open, closed] = await Promise.all([
    matching
      .where('deals.stage_kind', '=', 'open')
      .select((eb) => [
        'deals.stage',
        eb.fn.countAll<number>().as('n'),
        sql<number>`coalesce(sum(coalesce(deals.expected_amount, 0)), 0)`.as('amount'),
      ])
      .groupBy('deals.stage')
      .execute(),
    matching
      .where('deals.stage_kind', 'in', ['won', 'lost'])
      .where('deals.closed_date', '>=', since)
      .select((eb) => [
        'deals.stage',
        eb.fn.countAll<number>().as('n'),
        sql<number>`coalesce(sum(coalesce(deals.actual_amount, deals.expected_amount, 0)), 0)`.as('amount'),
      ])
      .groupBy('deals.stage')
      .execute(),
  ]);
  const totals = new Map(
    [...open, ...closed].map((r) => [r.stage, { n: Number(r.n), amount: Number(r.amount) }]),
  );
  // A stopped stage stays on the board while deals are still in it.
  const stages = pipeline.stages.filter((s) => !isTrue(s.archived) || (totals.get(s.key)?.n ?? 0) > 0);
  const columns = [];
  for (const stage of stages) {
    const total = totals.get(stage.key) ?? { n: 0, amount: 0 };
    const page = total.n
      ? await columnPage(db, { reader, filters, stage, since, limit: query.limit })
      : { items: [] as TDeal[], nextCursor: null };
    columns.push({
      stage: stage.key,
      count: total.n,
      amount: total.amount,
      weighted: weightedAmount(total.amount, stage.probability),
      ...page,
    });
  }
  return { pipeline: toPipeline(pipeline, reader.locale), closedSince: since, columns };
}

/** More cards of one column ("加载更多"). */
export async function dealBoardColumn(db: DB, reader: Reader, query: z.infer<typeof ZColumnQuery>) {
  const { pipeline, since } = await boardSetup(db, reader, query.pipelineId);
  const stage = pipeline.stages.find((s) => s.key === query.stage);
  if (!stage) return { items: [], nextCursor: null };
  const { stage: _stage, cursor, ...rest } = query;
  const filters = { ...rest, pipelineId: pipeline.row.id };
  return columnPage(db, { reader, filters, stage, since, limit: query.limit }, cursor);
}
