// Deal rows for bench/generate-deals.ts: which customer each deal is on and when it was opened and closed (planned
// first, then written in creation order so ids and numbers follow time as the app makes them), its lines and the
// stage changes that brought it where it is.
import { renderNumber, renderPrefix } from '../src/domain/numbering';
import { Weighted, type Random } from './customer-data';
import * as D from './deal-data';

export const DAY = 86_400_000;
/** 商机编号, as deal.service.ts numbers them. */
const NUMBER_PATTERN = 'S{YYYYMMDD}{SEQ:3}';
/** Asia/Shanghai, the workspace's time zone (the generator refuses any other). */
const UTC_OFFSET_MS = 8 * 3_600_000;

export const DEAL_COLUMNS =
  'id workspace_id created_at created_by updated_at updated_by version deleted_at deleted_by number customer_id pipeline_id title stage stage_kind stage_changed_at owner_id expected_amount expected_close_date actual_amount closed_date loss_reason loss_note after_sales_id notes'.split(
    ' ',
  );
export const LINE_COLUMNS = 'id workspace_id deal_id seq name quantity unit_price amount'.split(' ');
export const CHANGE_COLUMNS = 'id workspace_id deal_id from_stage to_stage at by'.split(' ');

export type Row = Record<string, unknown>;
export const valuesOf = (rows: Row[], columns: string[]) => rows.map((row) => columns.map((c) => row[c]));

/** The workspace's calendar day of an instant. */
export const dayOf = (ms: number) => new Date(ms + UTC_OFFSET_MS).toISOString().slice(0, 10);
export const isoOf = (ms: number) => new Date(ms).toISOString();

const HEX = '0123456789abcdef';
/** UUIDv7 as the app makes them (time-ordered), the random part from the seeded source. */
export function uuid(ms: number, r: Random): string {
  let s = Math.floor(ms).toString(16).padStart(12, '0');
  s = `${s.slice(0, 8)}-${s.slice(8)}-7`;
  for (let i = 0; i < 3; i++) s += HEX[r.int(0, 15)];
  s += `-${HEX[8 + r.int(0, 3)]}`;
  for (let i = 0; i < 3; i++) s += HEX[r.int(0, 15)];
  s += '-';
  for (let i = 0; i < 12; i++) s += HEX[r.int(0, 15)];
  return s;
}

/** Live customers, as read from the database. */
export interface Customers {
  ids: string[];
  createdMs: number[];
  owner: (string | null)[];
}

export interface PlannedDeal {
  customer: number;
  createdMs: number;
  /** Closed (won or lost) deals: the moment of closing; open ones: NaN. */
  closedMs: number;
  stage: string;
  kind: 'open' | 'won' | 'lost';
}

export interface PlanOptions {
  total: number;
  openPerStage: number;
  openStages: string[];
  wonStage: string;
  lostStage: string;
  /** Won share of the closed deals. */
  wonShare: number;
  until: number;
  from: number;
}

/** A Pareto draw: most customers buy once or twice, a few dozens of times. */
const pareto = (r: Random, alpha: number, cap: number) => Math.min(cap, (1 - r.float()) ** (-1 / alpha));

/**
 * Which customer each deal is on and when. A quarter of the customers never got a deal; the others' share follows a
 * Pareto draw times the time they have been customers, so closed deals pile up as the customer base grows (as in a
 * growing business) instead of crowding the last weeks. Open deals were opened in the last 120 days.
 */
export function planDeals(r: Random, c: Customers, o: PlanOptions): PlannedDeal[] {
  const closedTotal = o.total - o.openPerStage * o.openStages.length;
  if (closedTotal < 0) throw new Error('more open deals than deals');
  const taste = c.ids.map(() => (r.chance(0.25) ? 0 : pareto(r, 1.3, 40)));
  const lifetime = (i: number) => Math.max(0, o.until - Math.max(c.createdMs[i] ?? 0, o.from) - 3 * DAY);
  const forClosed = new Weighted(c.ids.map((_, i) => [i, (taste[i] ?? 0) * lifetime(i)] as const));
  const forOpen = new Weighted(
    c.ids.map((_, i) => [i, (c.createdMs[i] ?? 0) < o.until - DAY ? (taste[i] ?? 0) + 0.2 : 0] as const),
  );
  const deals: PlannedDeal[] = [];
  for (const stage of o.openStages)
    for (let n = 0; n < o.openPerStage; n++) {
      const customer = forOpen.pick(r);
      const lo = Math.max((c.createdMs[customer] ?? 0) + 3_600_000, o.until - 120 * DAY);
      const createdMs = lo + r.float() * (o.until - 3_600_000 - lo);
      deals.push({ customer, createdMs, closedMs: NaN, stage, kind: 'open' });
    }
  for (let n = 0; n < closedTotal; n++) {
    const customer = forClosed.pick(r);
    const start = Math.max(c.createdMs[customer] ?? 0, o.from) + 2 * DAY;
    const closedMs = start + r.float() * (o.until - start);
    // Sales cycle: a week to half a year, most a month or two; never before the customer existed.
    const cycleDays = 5 - 35 * Math.log(1 - r.float() * 0.99);
    const createdMs = Math.max(closedMs - cycleDays * DAY, start - DAY);
    const won = r.chance(o.wonShare);
    deals.push({
      customer,
      createdMs,
      closedMs,
      stage: won ? o.wonStage : o.lostStage,
      kind: won ? 'won' : 'lost',
    });
  }
  return deals.sort((a, b) => a.createdMs - b.createdMs);
}

export interface DealContext {
  workspaceId: string;
  pipelineId: string;
  openStages: string[];
  until: number;
  customers: Customers;
  /** Users who may own deals, for customers nobody owns (公海). */
  sellers: string[];
}

/** What a project needs to know of the won deal it delivers. */
export interface WonDeal {
  id: string;
  customerId: string;
  ownerId: string;
  title: string;
  amount: number;
  closedMs: number;
}

function lines(
  r: Random,
  product: readonly [string, string],
  deal: { id: string; ms: number },
  ctx: DealContext,
): Row[] {
  const count = r.chance(0.6) ? 1 : r.int(2, 3);
  return Array.from({ length: count }, (_, seq) => {
    const quantity = r.chance(0.5) ? 1 : r.int(2, 20);
    const unitPrice = Math.max(100, Math.round(D.dealAmount(r) / quantity / 10_000) * 10_000);
    return {
      id: uuid(deal.ms, r),
      workspace_id: ctx.workspaceId,
      deal_id: deal.id,
      seq,
      name: seq === 0 ? product[0] : r.pick(D.PRODUCTS)[0],
      quantity: String(quantity),
      unit_price: unitPrice,
      amount: unitPrice * quantity,
    };
  });
}

/** Makes the rows of planned deals in creation order, numbering them per day as nextNumber would. */
export class DealMaker {
  /** The last number of each day's counter, for number_sequences. */
  readonly sequences = new Map<string, number>();

  constructor(
    private readonly r: Random,
    private readonly ctx: DealContext,
  ) {}

  private number(createdMs: number): string {
    const prefix = renderPrefix(NUMBER_PATTERN, { date: dayOf(createdMs) });
    const seq = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, seq);
    return renderNumber(prefix, seq);
  }

  /** Stage moves: opened as a lead, moved on once (open deals past lead, closed ones), then closed. */
  private changes(p: PlannedDeal, dealId: string, ownerId: string, changedMs: number): Row[] {
    const { r, ctx } = this;
    const open = ctx.openStages;
    const path: [string | null, string, number][] = [[null, open[0] ?? p.stage, p.createdMs]];
    if (p.kind === 'open' && p.stage !== open[0]) path.push([open[0] ?? null, p.stage, changedMs]);
    if (p.kind !== 'open') {
      const via = r.pick(open.slice(1));
      path.push([open[0] ?? null, via, (p.createdMs + changedMs) / 2]);
      path.push([via, p.stage, changedMs]);
    }
    return path.map(([from, to, at]) => ({
      id: uuid(at, r),
      workspace_id: ctx.workspaceId,
      deal_id: dealId,
      from_stage: from,
      to_stage: to,
      at: isoOf(at),
      by: ownerId,
    }));
  }

  make(p: PlannedDeal): { deal: Row; lines: Row[]; changes: Row[]; won?: WonDeal } {
    const { r, ctx } = this;
    const customerId = ctx.customers.ids[p.customer] ?? '';
    const ownerId = ctx.customers.owner[p.customer] ?? r.pick(ctx.sellers);
    const id = uuid(p.createdMs, r);
    const { title, product } = D.dealTitle(r);
    const dealLines = r.chance(0.35) ? lines(r, product, { id, ms: p.createdMs }, ctx) : [];
    // With lines the expected amount is their sum (deal-input.ts); leads are often not priced yet.
    let expected: number | null = dealLines.length
      ? dealLines.reduce((sum, l) => sum + Number(l.amount), 0)
      : D.dealAmount(r);
    if (p.stage === ctx.openStages[0] && !dealLines.length && r.chance(0.5)) expected = null;
    const changedMs =
      p.kind === 'open'
        ? p.stage === ctx.openStages[0]
          ? p.createdMs
          : p.createdMs + r.float() * (ctx.until - p.createdMs)
        : p.closedMs;
    const closeDate = p.kind !== 'open' || r.chance(0.85) ? dayOf(p.createdMs + r.int(14, 150) * DAY) : null;
    const actual =
      p.kind === 'won' ? Math.round((Number(expected) * D.DISCOUNTS.pick(r)) / 10_000) * 10_000 : null;
    const lost = p.kind === 'lost';
    const deal: Row = {
      id,
      workspace_id: ctx.workspaceId,
      created_at: isoOf(p.createdMs),
      created_by: ownerId,
      updated_at: isoOf(changedMs),
      updated_by: ownerId,
      version: p.kind === 'open' ? (p.stage === ctx.openStages[0] ? 1 : 2) : 3,
      deleted_at: null,
      deleted_by: null,
      number: this.number(p.createdMs),
      customer_id: customerId,
      pipeline_id: ctx.pipelineId,
      title,
      stage: p.stage,
      stage_kind: p.kind,
      stage_changed_at: isoOf(changedMs),
      owner_id: ownerId,
      expected_amount: expected,
      expected_close_date: closeDate,
      actual_amount: actual,
      closed_date: p.kind === 'open' ? null : dayOf(p.closedMs),
      loss_reason: lost ? D.LOSS_REASONS.pick(r) : null,
      loss_note: lost && r.chance(0.3) ? r.pick(D.LOSS_NOTES) : null,
      after_sales_id: null,
      notes: null,
    };
    const won =
      p.kind === 'won'
        ? { id, customerId, ownerId, title, amount: actual ?? 0, closedMs: p.closedMs }
        : undefined;
    return { deal, lines: dealLines, changes: this.changes(p, id, ownerId, changedMs), won };
  }
}
