import {
  daysOverdue,
  installmentStatus,
  milestoneCode,
  milestoneStatus,
  type TInstallment,
  type TMilestone,
  type TPayment,
  type TProject,
  type TProjectStatus,
} from '../../domain/project';
import type { InstallmentRow, MilestoneRow, PaymentRow, ProjectRow } from './project.table';

/** What a page of projects needs besides their rows, loaded once per page (project-context.ts). */
export interface ProjectContext {
  /** The workspace's today: milestone and installment statuses are derived from it. */
  today: string;
  users: Map<string, string>;
  customers: Map<string, { name: string; number: string }>;
  /** Milestones per project (none: absent). */
  milestones: Map<string, { total: number; done: number; delayed: boolean }>;
}

const stamps = (row: { created_at: string; updated_at: string; version: number }) => ({
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

/** The one mapper of projects; no personal data on them, so every role reads the same record. */
export function toProject(row: ProjectRow, ctx: ProjectContext): TProject {
  const customer = ctx.customers.get(row.customer_id);
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    customer: { id: row.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
    dealId: row.deal_id,
    owner: { id: row.owner_id, name: ctx.users.get(row.owner_id) ?? '' },
    status: row.status as TProjectStatus,
    contractAmount: row.contract_amount,
    receivedAmount: row.received_amount,
    startDate: row.start_date,
    expectedEnd: row.expected_end,
    notes: row.notes,
    delayed: ctx.milestones.get(row.id)?.delayed ?? false,
    milestoneCounts: {
      done: ctx.milestones.get(row.id)?.done ?? 0,
      total: ctx.milestones.get(row.id)?.total ?? 0,
    },
    ...stamps(row),
  };
}

export function toMilestone(row: MilestoneRow, today: string): TMilestone {
  const dates = { plannedDate: row.planned_date, actualDate: row.actual_date };
  return {
    id: row.id,
    projectId: row.project_id,
    seq: row.seq,
    code: milestoneCode(row.seq),
    content: row.content,
    ...dates,
    deliverables: row.deliverables,
    delayReason: row.delay_reason,
    status: milestoneStatus(dates, today),
    ...stamps(row),
  };
}

export function toPayment(row: PaymentRow): TPayment {
  return {
    id: row.id,
    installmentId: row.installment_id,
    amount: row.amount,
    date: row.paid_on,
    note: row.note,
    createdAt: row.created_at,
  };
}

export function toInstallment(row: InstallmentRow, payments: PaymentRow[], today: string): TInstallment {
  const state = {
    amountDue: row.amount_due,
    receivedAmount: row.received_amount,
    effectiveDueDate: row.effective_due_date,
  };
  return {
    id: row.id,
    projectId: row.project_id,
    seq: row.seq,
    name: row.name,
    amountDue: row.amount_due,
    dueDate: row.due_date,
    milestoneId: row.milestone_id,
    effectiveDueDate: row.effective_due_date,
    receivedAmount: row.received_amount,
    receivedDate: row.received_date,
    outstandingAmount: Math.max(0, row.amount_due - row.received_amount),
    status: installmentStatus(state, today),
    daysOverdue: daysOverdue(state, today),
    payments: payments.map(toPayment),
    ...stamps(row),
  };
}
