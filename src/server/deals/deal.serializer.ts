import { maskText } from '../../domain/masking';
import type { TApproval, TDeal } from '../../domain/deal';
import type { TLocale } from '../../domain/locale';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import type { DealApprovalRow, DealLineRow, DealRow, PipelineStageRow } from './deal.table';

/** What a page of deals needs besides their rows, loaded once per page (deal-context.ts). */
export interface DealContext {
  dicts: Dictionaries;
  locale: TLocale;
  users: Map<string, string>;
  customers: Map<string, { name: string; number: string }>;
  /** By pipeline id, then stage key. */
  stages: Map<string, Map<string, PipelineStageRow>>;
  lines: Map<string, DealLineRow[]>;
  pending: Map<string, DealApprovalRow>;
  /** Phone numbers and e-mails typed into the text are masked for roles that may not see personal data. */
  masked: boolean;
}

const person = (id: string, users: Map<string, string>) => ({ id, name: users.get(id) ?? '' });

export function toApproval(row: DealApprovalRow, users: Map<string, string>, masked: boolean): TApproval {
  const text = (value: string | null) => (value !== null && masked ? maskText(value) : value);
  return {
    id: row.id,
    dealId: row.deal_id,
    status: row.status,
    note: text(row.note) ?? '',
    quotedAmount: row.quoted_amount,
    stage: row.stage,
    requestedBy: person(row.requested_by, users),
    requestedAt: row.requested_at,
    decidedBy: row.decided_by ? person(row.decided_by, users) : null,
    decidedAt: row.decided_at,
    comment: text(row.comment),
  };
}

/** The one mapper of deals: every output path (API, board, timeline, exports) goes through it. */
export function toDeal(row: DealRow, ctx: DealContext): TDeal {
  const text = (value: string | null) => (value !== null && ctx.masked ? maskText(value) : value);
  const stage = ctx.stages.get(row.pipeline_id)?.get(row.stage);
  const customer = ctx.customers.get(row.customer_id);
  const pending = ctx.pending.get(row.id);
  return {
    id: row.id,
    number: row.number,
    customer: { id: row.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
    pipelineId: row.pipeline_id,
    title: text(row.title) ?? '',
    stage: {
      key: row.stage,
      label: stage ? (ctx.locale === 'en-US' ? stage.label_en : stage.label_zh) : row.stage,
      kind: row.stage_kind,
      probability: stage?.probability ?? 0,
    },
    owner: person(row.owner_id, ctx.users),
    expectedAmount: row.expected_amount,
    expectedCloseDate: row.expected_close_date,
    actualAmount: row.actual_amount,
    closedDate: row.closed_date,
    lossReason: row.loss_reason
      ? { key: row.loss_reason, label: ctx.dicts.label('lossReason', row.loss_reason, ctx.locale) }
      : null,
    lossNote: text(row.loss_note),
    lines: (ctx.lines.get(row.id) ?? []).map((l) => ({
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      amount: l.amount,
    })),
    afterSales: row.after_sales_id ? person(row.after_sales_id, ctx.users) : null,
    notes: text(row.notes),
    pendingApproval: pending ? toApproval(pending, ctx.users, ctx.masked) : null,
    stageChangedAt: row.stage_changed_at,
    updatedBy: row.updated_by ? person(row.updated_by, ctx.users) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
