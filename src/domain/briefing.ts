import { z } from 'zod';
import { GRADES } from './assessment';
import { HEALTH } from './cadence';
import { ATTITUDES, COMMITMENT_SIDES } from './follow-up';
import { TASK_SOURCES } from './task';

/** 客户汇报 for a manager or colleague; 交接汇报 for whoever takes the customer over. */
export const BRIEFING_KINDS = ['briefing', 'handover'] as const;
export type TBriefingKind = (typeof BRIEFING_KINDS)[number];

export const ZBriefingQuery = z.object({ kind: z.enum(BRIEFING_KINDS).default('briefing') });

const ZRef = z.object({ key: z.string(), label: z.string() });
const ZPerson = z.object({ id: z.string(), name: z.string() });

/** Where a blocker 当前卡点 was read from (see briefing-sections.ts). */
export const BLOCKER_SOURCES = ['feedback', 'attitude', 'theirPromise', 'competition'] as const;
export const ZBlocker = z.object({
  source: z.enum(BLOCKER_SOURCES),
  /** The follow-up's day, or the due date of the customer's promise; null for the needs profile. */
  day: z.string().nullable(),
  attitude: z.enum(ATTITUDES).nullable(),
  text: z.string().nullable(),
});
export type TBlocker = z.infer<typeof ZBlocker>;

/** 需要的支持: things the owner cannot settle alone; the web words each kind. */
export const SUPPORT_KINDS = [
  'approvalPending',
  'dealPastClose',
  'receivableOverdue',
  'promiseOverdue',
] as const;
export const ZSupport = z.object({
  kind: z.enum(SUPPORT_KINDS),
  /** The deal concerned, when one is. */
  title: z.string().nullable(),
  date: z.string().nullable(),
  amount: z.number().int().nullable(),
  count: z.number().int().nullable(),
});
export type TSupport = z.infer<typeof ZSupport>;

export const ZBriefingTask = z.object({
  title: z.string(),
  source: z.enum(TASK_SOURCES),
  side: z.enum(COMMITMENT_SIDES).nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  assignee: z.string(),
});
export type TBriefingTask = z.infer<typeof ZBriefingTask>;

export const ZBriefing = z.object({
  kind: z.enum(BRIEFING_KINDS),
  /** The workspace's today, which "overdue" is counted from. */
  today: z.string(),
  /** True when personal data in this report is masked for the reader. */
  masked: z.boolean(),
  customer: z.object({
    id: z.string(),
    name: z.string(),
    number: z.string(),
    type: ZRef.nullable(),
    stage: ZRef.nullable(),
    status: ZRef.nullable(),
    grade: z.enum(GRADES).nullable(),
    owner: ZPerson.nullable(),
    source: ZRef.nullable(),
    industry: ZRef.nullable(),
  }),
  status: z.object({
    health: z.enum(HEALTH),
    lastFollowUpDay: z.string().nullable(),
    daysSinceFollowUp: z.number().int().nullable(),
    nextDueDate: z.string().nullable(),
    dueOverdue: z.boolean(),
  }),
  needs: z.object({
    coreNeed: z.string().nullable(),
    painPoints: z.string().nullable(),
    budgetMin: z.number().int().nullable(),
    budgetMax: z.number().int().nullable(),
    expectedDelivery: z.string().nullable(),
    decisionMaker: z.string().nullable(),
  }),
  blockers: z.array(ZBlocker),
  support: z.array(ZSupport),
  nextStep: z.object({
    nextFollowUpDate: z.string().nullable(),
    nextDueDate: z.string().nullable(),
    actions: z.array(
      z.object({ text: z.string(), dueDate: z.string().nullable(), assignee: z.string().nullable() }),
    ),
  }),
  followUps: z.array(
    z.object({
      day: z.string(),
      method: ZRef,
      summary: z.string(),
      feedback: z.string().nullable(),
      user: z.string(),
    }),
  ),
  promises: z.array(ZBriefingTask),
  money: z.object({
    openDeals: z.array(
      z.object({
        number: z.string(),
        title: z.string(),
        stage: ZRef,
        expectedAmount: z.number().int().nullable(),
        expectedCloseDate: z.string().nullable(),
      }),
    ),
    won: z.object({ amount: z.number().int(), count: z.number().int() }),
    contracts: z.array(
      z.object({
        number: z.string(),
        title: z.string(),
        amount: z.number().int(),
        signedDate: z.string().nullable(),
        endDate: z.string().nullable(),
      }),
    ),
    receivables: z.object({
      outstanding: z.number().int(),
      installments: z.number().int(),
      overdue: z.number().int(),
      overdueInstallments: z.number().int(),
    }),
  }),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      role: ZRef.nullable(),
      phone: z.string().nullable(),
      isPrimary: z.boolean(),
    }),
  ),
  /** Only for a hand-over: since when the current owner has had the customer, and every open task they pass on. */
  handover: z
    .object({
      since: z.string().nullable(),
      openTasks: z.array(ZBriefingTask),
    })
    .nullable(),
});
export type TBriefing = z.infer<typeof ZBriefing>;
