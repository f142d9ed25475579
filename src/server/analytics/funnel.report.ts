import { daysBetween } from '../../domain/cadence';
import { instantRange, type DayRange } from '../../domain/analytics';
import {
  byFigureThenLabel,
  median,
  rate,
  unknownLabel,
  type TFunnelQuery,
  type TFunnelReport,
} from '../../domain/analytics-reports';
import { todayIn } from '../../domain/dates';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import type { DealRow } from '../deals/deal.table';
import { loadPipeline } from '../deals/pipeline.service';
import { bucketKey, histograms, keptSums, type Sums } from './kept-months';
import { reportHead } from './sources';
import { analyticsContext, visibleCustomer, type AnalyticsContext } from './analytics-context';

type CohortDeal = Pick<DealRow, 'id' | 'stage' | 'stage_kind' | 'loss_reason' | 'created_at'>;
interface Stint {
  stage: string;
  at: string;
}

/** The deals created in the range (workspace days) in the pipeline, visible, owned by the member when one is chosen. */
function cohortOf(db: DB, ctx: AnalyticsContext, pipelineId: string, range: DayRange) {
  const { from, before } = instantRange(range, ctx.timeZone);
  let q = db
    .selectFrom('deals')
    .where('deals.workspace_id', '=', ctx.reader.scope.workspaceId)
    .where('deals.deleted_at', 'is', null)
    .where('deals.pipeline_id', '=', pipelineId)
    .where('deals.created_at', '>=', from)
    .where('deals.created_at', '<', before)
    .where(visibleCustomer(db, ctx, 'deals.customer_id'));
  if (ctx.userId) q = q.where('deals.owner_id', '=', ctx.userId);
  return q;
}

/**
 * Each stage a deal was in and when it entered it, from its stage changes in order. The first stage is entered at
 * creation: when the change that records it is missing, the first change's `from_stage` stands in for it.
 */
function stintsOf(deal: CohortDeal, changes: { from_stage: string | null; to_stage: string; at: string }[]) {
  const first = changes[0];
  const stints: Stint[] = [];
  if (!first) stints.push({ stage: deal.stage, at: deal.created_at });
  else if (first.from_stage !== null) stints.push({ stage: first.from_stage, at: deal.created_at });
  for (const c of changes) stints.push({ stage: c.to_stage, at: c.at });
  return stints;
}

type Step = { key: string; kind: string };

/**
 * One range's cohort in figures that add up across months (keptSums): `cohort`, `lost`, `reached:<stage>`, each
 * lost deal's `reason:<key>`, and the days spent in a stage as a histogram (bucketKey; medians are exact from it).
 */
async function cohortSums(db: DB, ctx: AnalyticsContext, pipelineId: string, steps: Step[], range: DayRange) {
  const rank = new Map(steps.map((s, i) => [s.key, i]));
  const cohort = cohortOf(db, ctx, pipelineId, range);
  const [deals, changes] = await Promise.all([
    cohort
      .select(['deals.id', 'deals.stage', 'deals.stage_kind', 'deals.loss_reason', 'deals.created_at'])
      .execute(),
    db
      .selectFrom('deal_stage_changes')
      .select(['deal_id', 'from_stage', 'to_stage', 'at'])
      .where('workspace_id', '=', ctx.reader.scope.workspaceId)
      .where('deal_id', 'in', cohort.select('deals.id'))
      // Deal by deal, as their index runs; each deal's changes in the order they happened.
      .orderBy('deal_id')
      .orderBy('at')
      .orderBy('id')
      .execute(),
  ]);
  const changesOf = new Map<string, typeof changes>();
  for (const c of changes) {
    const list = changesOf.get(c.deal_id) ?? [];
    list.push(c);
    changesOf.set(c.deal_id, list);
  }
  const sums: Sums = { cohort: deals.length };
  const add = (key: string) => (sums[key] = (sums[key] ?? 0) + 1);
  const localDay = (at: string) => todayIn(ctx.timeZone, new Date(at));
  for (const deal of deals) {
    const stints = stintsOf(deal, changesOf.get(deal.id) ?? []);
    const passed = stints
      .filter((s) => steps[rank.get(s.stage) ?? -1]?.kind === 'open')
      .map((s) => rank.get(s.stage) ?? 0);
    const now = deal.stage_kind === 'lost' ? 0 : (rank.get(deal.stage) ?? 0);
    const furthest = Math.max(0, now, ...passed);
    for (let i = 0; i <= furthest; i++) add(`reached:${steps[i]?.key}`);
    const spent = new Map<string, number>();
    stints.forEach((stint, i) => {
      const next = stints[i + 1];
      if (!next || !rank.has(stint.stage)) return;
      spent.set(
        stint.stage,
        (spent.get(stint.stage) ?? 0) + daysBetween(localDay(stint.at), localDay(next.at)),
      );
    });
    for (const [stage, days] of spent) add(bucketKey('days', days, stage));
    if (deal.stage_kind === 'lost') {
      add('lost');
      add(`reason:${deal.loss_reason ?? ''}`);
    }
  }
  return sums;
}

/**
 * 转化漏斗: the deals created in the period, followed through the pipeline's open stages and won. A deal reached a
 * stage when it was ever in it or further on (a later stage implies the earlier ones); only a deal won now reached
 * won (reopened after won, it counts where it is now plus the open stages it passed; lost, the furthest open stage
 * it was in). Every deal of the cohort entered at the top. Days in a stage: workspace days from entering to leaving,
 * summed over its stays, for the deals that left it. Closed months are kept (a stage change drops its deal's month).
 */
export async function funnelReport(db: DB, reader: Reader, query: TFunnelQuery): Promise<TFunnelReport> {
  const ctx = await analyticsContext(db, reader, query);
  const pipeline = await loadPipeline(db, reader.scope.workspaceId, query.pipelineId);
  const steps = [
    ...pipeline.stages.filter((s) => s.kind === 'open'),
    ...pipeline.stages.filter((s) => s.kind === 'won'),
  ];
  const order: Step[] = steps.map((s) => ({ key: s.key, kind: s.kind }));
  const [sums, dicts] = await Promise.all([
    keptSums(db, ctx, 'funnel', [pipeline.row.id, order], ctx.current, (range) =>
      cohortSums(db, ctx, pipeline.row.id, order, range),
    ),
    loadDictionaries(db, reader.scope),
  ]);
  const cohort = sums.cohort ?? 0;
  const reached = steps.map((s) => sums[`reached:${s.key}`] ?? 0);
  const daysIn = histograms(sums, 'days');
  const label = (s: { label_zh: string; label_en: string }) =>
    reader.locale === 'en-US' ? s.label_en : s.label_zh;
  const reasons = Object.entries(sums)
    .filter(([key]) => key.startsWith('reason:'))
    .map(([key, count]) => {
      const reason = key.slice('reason:'.length) || null;
      return {
        key: reason,
        label: reason ? dicts.label('lossReason', reason, reader.locale) : unknownLabel(reader.locale),
        count,
      };
    });
  return {
    ...reportHead(ctx),
    pipeline: {
      id: pipeline.row.id,
      name: label({ label_zh: pipeline.row.name_zh, label_en: pipeline.row.name_en }),
    },
    cohort,
    stages: steps.map((s, i) => ({
      key: s.key,
      label: label(s),
      kind: s.kind,
      reached: reached[i] ?? 0,
      share: rate(reached[i] ?? 0, cohort),
      conversion: i === 0 ? null : rate(reached[i] ?? 0, reached[i - 1] ?? 0),
      medianDays: median(daysIn.get(s.key) ?? new Map()),
    })),
    lost: { count: sums.lost ?? 0, reasons: reasons.sort(byFigureThenLabel((r) => r.count)) },
  };
}
