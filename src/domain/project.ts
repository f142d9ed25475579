import { z } from 'zod';
import { addDays, daysBetween } from './cadence';
import { ZDate } from './dates';
import { ZFen } from './money';
import { ZVersion } from './user';

/** 交付状态 (fixed): 待启动, 进行中, 验收中, 已完成. Set by people; the statuses below are derived, never typed. */
export const PROJECT_STATUSES = ['not_started', 'in_progress', 'acceptance', 'done'] as const;
export type TProjectStatus = (typeof PROJECT_STATUSES)[number];
/** 里程碑状态: 待完成, 已完成, 延期 (planned date passed with no actual date). */
export const MILESTONE_STATUSES = ['pending', 'done', 'delayed'] as const;
export type TMilestoneStatus = (typeof MILESTONE_STATUSES)[number];
/** 收款状态: 待收, 已收, 逾期. */
export const INSTALLMENT_STATUSES = ['pending', 'received', 'overdue'] as const;
export type TInstallmentStatus = (typeof INSTALLMENT_STATUSES)[number];
/** 应收: `due` is overdue and due this week together (the default); `customer` sums per customer. */
export const RECEIVABLE_VIEWS = ['due', 'week', 'overdue', 'customer'] as const;
export type TReceivableView = (typeof RECEIVABLE_VIEWS)[number];

/** An amount that must be more than nothing: an installment of ¥0 or a payment of ¥0 is a typing slip. */
const ZAmount = ZFen.min(1);
const ZId = z.string().min(1).max(64);

export function milestoneCode(seq: number): string {
  return `M${seq}`;
}

interface MilestoneDates {
  plannedDate: string;
  actualDate: string | null;
}

/** Done once it has an actual date (late or not); delayed while open past its planned date. */
export function milestoneStatus(m: MilestoneDates, today: string): TMilestoneStatus {
  if (m.actualDate) return 'done';
  return m.plannedDate < today ? 'delayed' : 'pending';
}

/** Late: still open past the planned date, or done after it. A late milestone is saved only with a delay reason. */
export function isMilestoneLate(m: MilestoneDates, today: string): boolean {
  return m.actualDate ? m.actualDate > m.plannedDate : m.plannedDate < today;
}

/**
 * When an installment falls due: its own due date, or the bound milestone's completion plus the workspace's payment
 * term; null while that milestone is open (nothing is owed before the work is delivered).
 */
export function effectiveDueDate(
  dueDate: string | null,
  milestone: { actualDate: string | null } | null | undefined,
  paymentTermDays: number,
): string | null {
  if (dueDate) return dueDate;
  return milestone?.actualDate ? addDays(milestone.actualDate, paymentTermDays) : null;
}

interface InstallmentState {
  amountDue: number;
  receivedAmount: number;
  effectiveDueDate: string | null;
}

export function installmentStatus(i: InstallmentState, today: string): TInstallmentStatus {
  if (i.receivedAmount >= i.amountDue) return 'received';
  return i.effectiveDueDate !== null && i.effectiveDueDate < today ? 'overdue' : 'pending';
}

/** Whole days past the effective due date of what is still owed; 0 when not overdue. */
export function daysOverdue(i: InstallmentState, today: string): number {
  return installmentStatus(i, today) === 'overdue' && i.effectiveDueDate
    ? daysBetween(i.effectiveDueDate, today)
    : 0;
}

/** Monday to Sunday of the week holding `today` (Chinese calendars start the week on Monday). */
export function weekOf(today: string): { monday: string; sunday: string } {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const monday = addDays(today, -((weekday + 6) % 7));
  return { monday, sunday: addDays(monday, 6) };
}

/** What the installments leave unscheduled: > 0 "还差 ¥x", < 0 "超出 ¥x", 0 when they add up to the contract. */
export function unscheduledAmount(contractAmount: number, installmentsTotal: number): number {
  return contractAmount - installmentsTotal;
}

const milestoneFields = {
  content: z.string().trim().min(1).max(500),
  plannedDate: ZDate,
  /** Completing a milestone is setting this. */
  actualDate: ZDate.nullable(),
  deliverables: z.string().trim().max(2000).nullable(),
  /** Required once the milestone is late (isMilestoneLate). */
  delayReason: z.string().trim().max(1000).nullable(),
};

export const ZCreateMilestoneInput = z
  .strictObject(milestoneFields)
  .partial()
  .required({ content: true, plannedDate: true });
export type TCreateMilestoneInput = z.infer<typeof ZCreateMilestoneInput>;

export const ZUpdateMilestoneInput = z.strictObject(milestoneFields).partial().extend({ version: ZVersion });
export type TUpdateMilestoneInput = z.infer<typeof ZUpdateMilestoneInput>;

const installmentFields = {
  /** 首付款, 进度款, 尾款 … */
  name: z.string().trim().min(1).max(100),
  amountDue: ZAmount,
  /** Exactly one of dueDate and milestoneId (INSTALLMENT_DUE_ONE). */
  dueDate: ZDate.nullable(),
  milestoneId: ZId.nullable(),
};

export const ZCreateInstallmentInput = z
  .strictObject(installmentFields)
  .partial()
  .required({ name: true, amountDue: true });
export type TCreateInstallmentInput = z.infer<typeof ZCreateInstallmentInput>;

export const ZUpdateInstallmentInput = z
  .strictObject(installmentFields)
  .partial()
  .extend({ version: ZVersion });
export type TUpdateInstallmentInput = z.infer<typeof ZUpdateInstallmentInput>;

/** An installment of a new project: bound by its milestone's place in the same request (1 for M1). */
export const ZNewProjectInstallment = z.strictObject({
  name: installmentFields.name,
  amountDue: installmentFields.amountDue,
  dueDate: installmentFields.dueDate.optional(),
  milestoneSeq: z.number().int().min(1).max(200).nullish(),
});

const projectFields = {
  name: z.string().trim().min(1).max(200),
  ownerId: ZId,
  contractAmount: ZFen,
  status: z.enum(PROJECT_STATUSES),
  startDate: ZDate.nullable(),
  expectedEnd: ZDate.nullable(),
  notes: z.string().trim().max(5000).nullable(),
};

/** From a won deal, name, amount and owner default to the deal's; by hand, name and amount are required. */
export const ZCreateProjectInput = z.strictObject({
  customerId: ZId,
  dealId: ZId.nullish(),
  ...z.strictObject(projectFields).partial().shape,
  milestones: z.array(ZCreateMilestoneInput).max(50).optional(),
  installments: z.array(ZNewProjectInstallment).max(50).optional(),
});
export type TCreateProjectInput = z.infer<typeof ZCreateProjectInput>;

export const ZUpdateProjectInput = z.strictObject(projectFields).partial().extend({ version: ZVersion });
export type TUpdateProjectInput = z.infer<typeof ZUpdateProjectInput>;

/** 收款: one row each, so partial payments add up exactly and none overwrites another. */
export const ZCreatePaymentInput = z.strictObject({
  amount: ZAmount,
  date: ZDate,
  note: z.string().trim().max(500).nullish(),
});
export type TCreatePaymentInput = z.infer<typeof ZCreatePaymentInput>;

const ZRef = z.object({ id: z.string(), name: z.string() });
const ZCustomerRef = z.object({ id: z.string(), name: z.string(), number: z.string() });
const common = { createdAt: z.string(), updatedAt: z.string(), version: z.number().int() };

export const ZMilestone = z.object({
  id: z.string(),
  projectId: z.string(),
  seq: z.number().int(),
  /** M1, M2 … */
  code: z.string(),
  content: z.string(),
  plannedDate: z.string(),
  actualDate: z.string().nullable(),
  deliverables: z.string().nullable(),
  delayReason: z.string().nullable(),
  status: z.enum(MILESTONE_STATUSES),
  ...common,
});
export type TMilestone = z.infer<typeof ZMilestone>;

export const ZPayment = z.object({
  id: z.string(),
  installmentId: z.string(),
  amount: z.number().int(),
  date: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TPayment = z.infer<typeof ZPayment>;

export const ZInstallment = z.object({
  id: z.string(),
  projectId: z.string(),
  seq: z.number().int(),
  name: z.string(),
  amountDue: z.number().int(),
  dueDate: z.string().nullable(),
  milestoneId: z.string().nullable(),
  effectiveDueDate: z.string().nullable(),
  receivedAmount: z.number().int(),
  receivedDate: z.string().nullable(),
  /** Still to collect: amountDue − receivedAmount. */
  outstandingAmount: z.number().int(),
  status: z.enum(INSTALLMENT_STATUSES),
  daysOverdue: z.number().int(),
  /** Oldest first. */
  payments: z.array(ZPayment),
  ...common,
});
export type TInstallment = z.infer<typeof ZInstallment>;

export const ZProject = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  customer: ZCustomerRef,
  dealId: z.string().nullable(),
  owner: ZRef,
  status: z.enum(PROJECT_STATUSES),
  contractAmount: z.number().int(),
  receivedAmount: z.number().int(),
  startDate: z.string().nullable(),
  expectedEnd: z.string().nullable(),
  notes: z.string().nullable(),
  /** Has a delayed milestone. */
  delayed: z.boolean(),
  /** Milestones done of all (the board's "里程碑 2/3"). */
  milestoneCounts: z.object({ done: z.number().int(), total: z.number().int() }),
  ...common,
});
export type TProject = z.infer<typeof ZProject>;

export const ZProjectDetail = ZProject.extend({
  milestones: z.array(ZMilestone),
  installments: z.array(ZInstallment),
  installmentsTotal: z.number().int(),
  /** contractAmount − installmentsTotal: the UI says "还差 ¥x" above 0 and "超出 ¥x" below. */
  unscheduledAmount: z.number().int(),
});
export type TProjectDetail = z.infer<typeof ZProjectDetail>;
