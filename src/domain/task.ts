import { z } from 'zod';
import { ZDate } from './dates';
import { COMMITMENT_SIDES } from './follow-up';
import { ZVersion } from './user';

/**
 * Where a task 待办 came from: typed by hand, a follow-up's next action 下一步行动, a commitment 承诺事项, or the
 * after-sales hand-over 售后交接 of a won deal.
 */
export const TASK_SOURCES = ['manual', 'nextAction', 'commitment', 'handover'] as const;
export type TTaskSource = (typeof TASK_SOURCES)[number];

export const ZCreateTaskInput = z.strictObject({
  title: z.string().trim().min(1).max(500),
  notes: z.string().trim().max(5000).nullish(),
  customerId: z.string().min(1).max(64).nullish(),
  /** Defaults to the caller. */
  assigneeId: z.string().min(1).max(64).optional(),
  dueDate: ZDate.nullish(),
});
export type TCreateTaskInput = z.infer<typeof ZCreateTaskInput>;

export const ZUpdateTaskInput = z.strictObject({
  version: ZVersion,
  title: z.string().trim().min(1).max(500).optional(),
  notes: z.string().trim().max(5000).nullish(),
  assigneeId: z.string().min(1).max(64).optional(),
  dueDate: ZDate.nullish(),
  done: z.boolean().optional(),
});
export type TUpdateTaskInput = z.infer<typeof ZUpdateTaskInput>;

export const TASK_VIEWS = ['mine', 'team'] as const;
export const TASK_STATES = ['open', 'done', 'all'] as const;
/** Due-date windows of a task list, counted from the workspace's today. */
export const TASK_DUE = ['overdue', 'today', 'week', 'none'] as const;

export const ZTask = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string().nullable(),
  source: z.enum(TASK_SOURCES),
  /** For a commitment: whose promise it is. */
  side: z.enum(COMMITMENT_SIDES).nullable(),
  customer: z.object({ id: z.string(), name: z.string(), number: z.string() }).nullable(),
  followUp: z.object({ id: z.string(), number: z.string() }).nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TTask = z.infer<typeof ZTask>;
