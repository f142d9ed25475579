// Delivery rows for bench/generate-deals.ts: a project 交付项目 per chosen won deal, its 3–5 milestones (done in
// order, some late, the recent ones still open), 3 installments 收款计划 (by date, or bound to a milestone) and the
// payments against them. The derived columns are worked out here as installment-fields.ts works them out in SQL:
// effective due date, received amount and date, the project's received amount.
import { addDays, daysBetween } from '../src/domain/cadence';
import { renderNumber, renderPrefix } from '../src/domain/numbering';
import { effectiveDueDate } from '../src/domain/project';
import type { Random } from './customer-data';
import * as D from './deal-data';
import { DAY, dayOf, isoOf, uuid, type Row, type WonDeal } from './deal-rows';

/** 项目编号, as project.service.ts numbers them. */
const NUMBER_PATTERN = 'P{YYYYMMDD}{SEQ:3}';

const common = 'id workspace_id created_at created_by updated_at updated_by version deleted_at deleted_by';
export const PROJECT_COLUMNS =
  `${common} number customer_id deal_id contract_id name owner_id status contract_amount received_amount start_date expected_end notes`.split(
    ' ',
  );
export const MILESTONE_COLUMNS =
  `${common} project_id seq content planned_date actual_date deliverables delay_reason`.split(' ');
export const INSTALLMENT_COLUMNS =
  `${common} project_id customer_id seq name amount_due due_date milestone_id effective_due_date received_amount received_date`.split(
    ' ',
  );
export const PAYMENT_COLUMNS = `${common} installment_id project_id customer_id amount paid_on note`.split(
  ' ',
);

export interface ProjectContext {
  workspaceId: string;
  until: number;
  paymentTermDays: number;
}

export interface ProjectRows {
  project: Row;
  milestones: Row[];
  installments: Row[];
  payments: Row[];
}

interface Milestone {
  id: string;
  planned: string;
  actual: string | null;
}

/** A moment of a day in the workspace's time zone (10:00–18:00 local), never before `notBefore`. */
const momentOf = (day: string, r: Random, notBefore: number) =>
  Math.max(notBefore + 60_000, Date.parse(`${day}T02:00:00Z`) + r.float() * 8 * 3_600_000);

/**
 * Which share of an installment gets paid: nearly all of what fell due months ago, most of last month's, about
 * half of what fell due days ago, a few prepayments of what is not due yet. Returns [paid share, payments].
 */
function paidShare(r: Random, due: string | null, today: string): [number, number] {
  if (due === null || due > today) return r.chance(0.03) ? [1, 1] : [0, 0];
  const age = daysBetween(due, today);
  const full = age > 90 ? 0.96 : age > 30 ? 0.85 : age >= 7 ? 0.6 : 0.35;
  if (r.chance(full)) return [1, r.chance(0.15) ? 2 : 1];
  // Partly paid: a third of what is still owed after its due date has had something on account.
  return r.chance(0.35) ? [0.2 + r.float() * 0.5, 1] : [0, 0];
}

export class ProjectMaker {
  /** The last number of each day's counter, for number_sequences. */
  readonly sequences = new Map<string, number>();
  private readonly today: string;

  constructor(
    private readonly r: Random,
    private readonly ctx: ProjectContext,
  ) {
    this.today = dayOf(ctx.until);
  }

  private number(ms: number): string {
    const prefix = renderPrefix(NUMBER_PATTERN, { date: dayOf(ms) });
    const seq = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, seq);
    return renderNumber(prefix, seq);
  }

  private row(id: string, ms: number, by: string, extra: Row): Row {
    return {
      id,
      workspace_id: this.ctx.workspaceId,
      created_at: isoOf(ms),
      created_by: by,
      updated_at: isoOf(ms),
      updated_by: by,
      version: 1,
      deleted_at: null,
      deleted_by: null,
      ...extra,
    };
  }

  /** Milestones in order; once one is still open, so are those after it. */
  private milestones(ms: number, start: string, days: number, by: string, projectId: string) {
    const { r, today } = this;
    const count = r.int(3, 5);
    const contents = D.MILESTONES.slice(D.MILESTONES.length - count);
    const list: Milestone[] = [];
    const rows: Row[] = [];
    let open = false;
    for (let seq = 0; seq < count; seq++) {
      const planned = addDays(start, Math.round((days * (seq + 1)) / count));
      const late = r.chance(0.3);
      const actual = addDays(planned, late ? r.int(1, 25) : -r.int(0, 5));
      open ||= planned > today || actual > today || r.chance(0.04);
      const m = { id: uuid(ms, r), planned, actual: open ? null : actual };
      list.push(m);
      const delayed = m.actual ? m.actual > planned : planned < today;
      const doneMs = m.actual ? momentOf(m.actual, r, ms) : ms;
      rows.push(
        this.row(m.id, ms, by, {
          updated_at: isoOf(doneMs),
          version: m.actual ? 2 : 1,
          project_id: projectId,
          seq,
          content: contents[seq] ?? D.MILESTONES[0],
          planned_date: planned,
          actual_date: m.actual,
          deliverables: m.actual && r.chance(0.5) ? `${contents[seq]}报告` : null,
          delay_reason: delayed && (m.actual || r.chance(0.5)) ? r.pick(D.DELAY_REASONS) : null,
        }),
      );
    }
    return { list, rows };
  }

  private payments(installment: Row, share: [number, number], ms: number, by: string): Row[] {
    const { r, today } = this;
    const [part, count] = share;
    if (count === 0) return [];
    const due = installment.amount_due as number;
    const total = part >= 1 ? due : Math.max(100, Math.round((due * part) / 100) * 100);
    const effective = (installment.effective_due_date as string | null) ?? today;
    const latest =
      effective > today ? today : addDays(effective, r.chance(0.6) ? r.int(-5, 5) : r.int(6, 60));
    const notBefore = dayOf(ms);
    const amounts =
      count === 2 ? [Math.round(total / 200) * 100, total - Math.round(total / 200) * 100] : [total];
    return amounts.map((amount, k) => {
      let paid = k === amounts.length - 1 ? latest : addDays(latest, -r.int(5, 30));
      if (paid > today) paid = today;
      if (paid < notBefore) paid = notBefore;
      const at = momentOf(paid, r, ms);
      return this.row(uuid(at, r), at, by, {
        installment_id: installment.id,
        project_id: installment.project_id,
        customer_id: installment.customer_id,
        amount,
        paid_on: paid,
        note: r.chance(0.2) ? r.pick(D.PAYMENT_NOTES) : null,
      });
    });
  }

  private status(list: Milestone[], start: string): string {
    const done = list.filter((m) => m.actual).length;
    if (done === list.length) return this.r.chance(0.9) ? 'done' : 'acceptance';
    if (done === 0 && start > this.today) return 'not_started';
    return done === list.length - 1 && this.r.chance(0.5) ? 'acceptance' : 'in_progress';
  }

  /** The project of won deal `d`: 30 % on signing (by date), 40 % and 30 % by date or on milestones. */
  make(d: WonDeal, ms: number): ProjectRows {
    const { r, ctx } = this;
    const id = uuid(ms, r);
    const start = addDays(dayOf(ms), r.int(0, 14));
    const days = r.int(30, 240);
    const m = this.milestones(ms, start, days, d.ownerId, id);
    const middle = m.list[Math.floor((m.list.length - 1) / 2)];
    const last = m.list.at(-1);
    const bound = r.chance(0.5);
    const first = Math.round((d.amount * 0.3) / 100) * 100;
    const second = Math.round((d.amount * 0.4) / 100) * 100;
    const plan: [number, string | null, Milestone | undefined][] = [
      [first, start, undefined],
      [second, bound ? null : addDays(start, Math.round(days / 2)), bound ? middle : undefined],
      [d.amount - first - second, bound ? null : addDays(start, days + 30), bound ? last : undefined],
    ];
    const installments: Row[] = [];
    const payments: Row[] = [];
    for (const [seq, [amount, dueDate, milestone]] of plan.entries()) {
      const effective = effectiveDueDate(
        dueDate,
        milestone ? { actualDate: milestone.actual } : null,
        ctx.paymentTermDays,
      );
      const row = this.row(uuid(ms, r), ms, d.ownerId, {
        project_id: id,
        customer_id: d.customerId,
        seq,
        name: D.INSTALLMENT_NAMES[seq] ?? D.INSTALLMENT_NAMES[0],
        amount_due: amount,
        due_date: dueDate,
        milestone_id: milestone?.id ?? null,
        effective_due_date: effective,
      });
      const paid = this.payments(row, paidShare(r, effective, this.today), ms, d.ownerId);
      row.received_amount = paid.reduce((sum, p) => sum + Number(p.amount), 0);
      row.received_date = paid.reduce<string | null>(
        (max, p) => (max && max > String(p.paid_on) ? max : String(p.paid_on)),
        null,
      );
      if (paid.length)
        row.updated_at = paid.reduce(
          (max, p) => (max > String(p.created_at) ? max : String(p.created_at)),
          '',
        );
      installments.push(row);
      payments.push(...paid);
    }
    const project = this.row(id, ms, d.ownerId, {
      number: this.number(ms),
      customer_id: d.customerId,
      deal_id: d.id,
      contract_id: null,
      name: d.title,
      owner_id: d.ownerId,
      status: this.status(m.list, start),
      contract_amount: d.amount,
      received_amount: installments.reduce((sum, i) => sum + Number(i.received_amount), 0),
      start_date: start,
      expected_end: addDays(start, days),
      notes: null,
    });
    return { project, milestones: m.rows, installments, payments };
  }
}

/** When the project of a deal closed at `closedMs` was opened: within a week, never after the data ends. */
export const projectCreatedMs = (r: Random, closedMs: number, until: number) =>
  closedMs + r.float() * Math.min(7 * DAY, until - closedMs);
