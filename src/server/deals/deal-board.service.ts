import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { addDays } from '../../domain/cadence';
import { todayIn } from '../../domain/dates';
import { ZDeal, type TDeal } from '../../domain/deal';
import { BOARD_CLOSED_DAYS, weightedAmount, ZPipeline } from '../../domain/pipeline';
import type { Reader } from '../customers/customer-context';
import { isTrue, withoutParallelWorkers } from '../db/dialect';
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

/** A card's place in its column, the "more" cursor after it. */
const keyOf = (stage: PipelineStageRow, row: DealRow) =>
  stage.kind === 'open' ? [row.expected_close_date, row.id] : [row.closed_date, row.id];

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
  if (stage.kind !== 'open') {
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
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(stage, last)) : null,
  };
}

async function boardSetup(db: DB, reader: Reader, pipelineId?: string) {
  const [pipeline, settings] = await Promise.all([
    loadPipeline(db, reader.scope.workspaceId, pipelineId),
    loadWorkspaceSettings(db, reader.scope.workspaceId),
  ]);
  return { pipeline, since: addDays(todayIn(settings.timeZone), -BOARD_CLOSED_DAYS) };
}

/** 商机看板: per stage the first cards, the count, the amount and the weighted amount. */
export async function dealBoard(db: DB, reader: Reader, query: z.infer<typeof ZBoardQuery>) {
  const { pipeline, since } = await boardSetup(db, reader, query.pipelineId);
  const filters = { ...query, pipelineId: pipeline.row.id };
  const spec = { reader, filters, since, limit: query.limit };
  const { totals, pages } = reader.scope.ownOnly
    ? await windowedBoard(db, spec, pipeline.stages)
    : await withoutParallelWorkers(db, (trx: DB) => columnByColumn(trx, spec, pipeline.stages));
  // A stopped stage stays on the board while deals are still in it.
  const stages = pipeline.stages.filter((s) => !isTrue(s.archived) || (totals.get(s.key)?.n ?? 0) > 0);
  const columns = stages.map((stage) => {
    const total = totals.get(stage.key) ?? { n: 0, amount: 0 };
    return {
      stage: stage.key,
      count: total.n,
      amount: total.amount,
      weighted: weightedAmount(total.amount, stage.probability),
      ...(pages.get(stage.key) ?? { items: [] as TDeal[], nextCursor: null }),
    };
  });
  return { pipeline: toPipeline(pipeline, reader.locale), closedSince: since, columns };
}

type BoardSpec = Omit<ColumnSpec, 'stage'>;
interface BoardParts {
  totals: Map<string, { n: number; amount: number }>;
  pages: Map<string, TColumnPage>;
}

const closedKeys = (stages: PipelineStageRow[]) => stages.filter((s) => s.kind !== 'open').map((s) => s.key);

/**
 * The whole workspace's board: two grouped totals (open deals; closed ones since `since`, by the closed stages' keys
 * so that both databases read deals_closed_board_idx by stage), then each column's first page from its index. Run
 * one after another and without parallel workers: on a small host concurrent statements only contend.
 */
async function columnByColumn(db: DB, spec: BoardSpec, stages: PipelineStageRow[]): Promise<BoardParts> {
  const dicts = await loadDictionaries(db, spec.reader.scope);
  const matching = await filteredDeals(db, spec.reader, dicts, spec.filters);
  const open = await matching
    .where('deals.stage_kind', '=', 'open')
    .select((eb) => [
      'deals.stage',
      eb.fn.countAll<number>().as('n'),
      sql<number>`coalesce(sum(coalesce(deals.expected_amount, 0)), 0)`.as('amount'),
    ])
    .groupBy('deals.stage')
    .execute();
  const closed = await matching
    .where('deals.stage', 'in', ['', ...closedKeys(stages)])
    .where('deals.closed_date', '>=', spec.since)
    .select((eb) => [
      'deals.stage',
      eb.fn.countAll<number>().as('n'),
      sql<number>`coalesce(sum(coalesce(deals.actual_amount, deals.expected_amount, 0)), 0)`.as('amount'),
    ])
    .groupBy('deals.stage')
    .execute();
  const totals = new Map(
    [...open, ...closed].map((r) => [r.stage, { n: Number(r.n), amount: Number(r.amount) }]),
  );
  const pages = new Map<string, TColumnPage>();
  for (const stage of stages) {
    if (totals.get(stage.key)?.n) pages.set(stage.key, await columnPage(db, { ...spec, stage }));
  }
  return { totals, pages };
}

/**
 * A member's board (few deals, but each statement walks the member's customers again): one statement numbers the
 * visible open deals and those closed since `since` within their stage, in the columns' order, with each stage's
 * count and amount; then the kept rows are read once. Same cards and cursors as columnPage.
 */
async function windowedBoard(db: DB, spec: BoardSpec, stages: PipelineStageRow[]): Promise<BoardParts> {
  const dicts = await loadDictionaries(db, spec.reader.scope);
  const matching = await filteredDeals(db, spec.reader, dicts, spec.filters);
  const open = sql<SqlBool>`deals.stage_kind = 'open'`;
  const numbered = matching
    .where((eb) =>
      eb.or([
        open,
        eb.and([
          eb('deals.stage', 'in', ['', ...closedKeys(stages)]),
          eb('deals.closed_date', '>=', spec.since),
        ]),
      ]),
    )
    .select([
      'deals.id',
      'deals.stage',
      sql<number>`count(*) over (partition by deals.stage)`.as('n'),
      sql<number>`sum(case when ${open} then coalesce(deals.expected_amount, 0)
        else coalesce(deals.actual_amount, deals.expected_amount, 0) end) over (partition by deals.stage)`.as(
        'amount',
      ),
      // Within a stage only one kind's keys are set, the others are null throughout.
      sql<number>`row_number() over (partition by deals.stage order by
        case when ${open} and deals.expected_close_date is null then 1 else 0 end,
        case when ${open} then deals.expected_close_date end,
        case when ${open} then null else deals.closed_date end desc,
        case when ${open} then deals.id end,
        case when ${open} then null else deals.id end desc)`.as('rn'),
    ])
    .as('numbered');
  const kept = await db
    .selectFrom(numbered)
    .selectAll()
    .where('numbered.rn', '<=', spec.limit + 1)
    .execute();
  const totals = new Map(kept.map((r) => [r.stage, { n: Number(r.n), amount: Number(r.amount) }]));
  const shownIds = kept.filter((r) => Number(r.rn) <= spec.limit).map((r) => r.id);
  const rows = shownIds.length
    ? await db.selectFrom('deals').selectAll().where('id', 'in', shownIds).execute()
    : [];
  const rank = new Map(kept.map((r) => [r.id, Number(r.rn)]));
  rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const items = new Map((await serializeDeals(db, spec.reader, rows)).map((d) => [d.id, d]));
  const pages = new Map<string, TColumnPage>();
  for (const stage of stages) {
    const inStage = rows.filter((r) => r.stage === stage.key);
    const last = inStage.at(-1);
    const more = kept.some((r) => r.stage === stage.key && Number(r.rn) > spec.limit);
    pages.set(stage.key, {
      items: inStage.map((r) => items.get(r.id)!),
      nextCursor: more && last ? encodeCursor(keyOf(stage, last)) : null,
    });
  }
  return { totals, pages };
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
