import { z } from 'zod';
import { HEALTH } from './cadence';
import { ZTask } from './task';

const ZRef = z.object({ key: z.string(), label: z.string() });

/** A customer on Today, the review and the reminders: enough to decide and act (call, log, snooze) in one tap. */
export const ZDueCustomer = z.object({
  id: z.string(),
  name: z.string(),
  number: z.string(),
  grade: z.string().nullable(),
  phone: z.string().nullable(),
  nextDueDate: z.string().nullable(),
  lastFollowUpAt: z.string().nullable(),
  lastFollowUpMethod: ZRef.nullable(),
  health: z.enum(HEALTH),
  /** "A 级 · 每 3 天 · 上次微信 4 天前 · 已逾期 1 天" */
  reason: z.string(),
});
export type TDueCustomer = z.infer<typeof ZDueCustomer>;

/** Dated delivery work on Today and in the calendar: a milestone, an installment falling due, a contract ending. */
export const DELIVERY_KINDS = ['milestone', 'installment', 'contractEnd'] as const;
export const ZDeliveryItem = z.object({
  date: z.string(),
  kind: z.enum(DELIVERY_KINDS),
  id: z.string(),
  title: z.string(),
  /** The customer, and for an installment the amount. */
  detail: z.string(),
  done: z.boolean(),
  link: z.string(),
});
export type TDeliveryItem = z.infer<typeof ZDeliveryItem>;

/** 今日待办. */
export const ZToday = z.object({
  date: z.string(),
  dueCustomers: z.array(ZDueCustomer),
  tasks: z.array(ZTask),
  turningDormant: z.array(ZDueCustomer),
  /** Milestones and installments due by today (late ones first), and contracts ending within the renewal days. */
  delivery: z.array(ZDeliveryItem),
  counts: z.object({ overdue: z.number().int(), dueToday: z.number().int(), tasks: z.number().int() }),
});
export type TToday = z.infer<typeof ZToday>;

/** 每周复盘. */
export const ZWeeklyReview = z.object({
  /** The workspace's today: the customer lists and promises are as of now. */
  today: z.string(),
  from: z.string(),
  to: z.string(),
  followUps: z.number().int(),
  timeliness: z.object({
    /** Customers that fell due in the week: followed up (on time or late) plus those still waiting. */
    due: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    missed: z.number().int(),
    /** 跟进及时率: on time ÷ due; null when nothing was due. */
    rate: z.number().nullable(),
  }),
  /** Share of the week's follow-ups written down within 24 hours of the conversation (the seeds' rule). */
  recordedWithin24h: z.number().nullable(),
  dormant: z.array(ZDueCustomer),
  atRisk: z.array(ZDueCustomer),
  brokenPromises: z.array(ZTask),
});
export type TWeeklyReview = z.infer<typeof ZWeeklyReview>;
