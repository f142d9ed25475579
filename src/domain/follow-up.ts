import { z } from 'zod';
import { ZAttachment } from './attachment';
import { ZDate } from './dates';
import { ZDictValue } from './dictionary-value';
import { ZVersion } from './user';

/** 客户态度. */
export const ATTITUDES = ['positive', 'neutral', 'hesitant', 'negative'] as const;
/** Who made a promise 承诺事项: we did, or the customer did. */
export const COMMITMENT_SIDES = ['ours', 'theirs'] as const;

/** The kind of follow-up the service role may log (they write only after-sales visits). */
export const SERVICE_FOLLOW_UP_KIND = 'after_sales';

export const ZCommitment = z.strictObject({
  text: z.string().trim().min(1).max(500),
  side: z.enum(COMMITMENT_SIDES),
  dueDate: ZDate.nullish(),
  done: z.boolean().default(false),
});
export type TCommitment = z.infer<typeof ZCommitment>;

/** 下一步行动: who does what by when; each becomes a task. */
export const ZNextAction = z.strictObject({
  text: z.string().trim().min(1).max(500),
  assigneeId: z.string().max(64).nullish(),
  dueDate: ZDate.nullish(),
  /** Ticked off on its task (the task writes it back here). */
  done: z.boolean().optional(),
});
export type TNextAction = z.infer<typeof ZNextAction>;

const fields = {
  /** When it happened; defaults to now. */
  at: z.iso.datetime({ offset: true }).optional(),
  method: ZDictValue,
  kind: ZDictValue.nullish(),
  contactId: z.string().max(64).nullish(),
  summary: z.string().trim().min(1).max(5000),
  feedback: z.string().trim().max(5000).nullish(),
  attitude: z.enum(ATTITUDES).nullish(),
  attitudeNote: z.string().trim().max(500).nullish(),
  important: z.boolean().optional(),
  commitments: z.array(ZCommitment).max(30).optional(),
  nextActions: z.array(ZNextAction).max(30).optional(),
  /** 下次跟进日期: when set, the customer is due then, whatever the cadence says. */
  nextDate: ZDate.nullish(),
};

export const ZCreateFollowUpInput = z.strictObject({
  customerId: z.string().min(1).max(64),
  /** Who followed up; defaults to the caller (managers may log for their team). */
  userId: z.string().max(64).optional(),
  ...fields,
});
export type TCreateFollowUpInput = z.infer<typeof ZCreateFollowUpInput>;

export const ZUpdateFollowUpInput = z.strictObject(fields).partial().extend({ version: ZVersion });
export type TUpdateFollowUpInput = z.infer<typeof ZUpdateFollowUpInput>;

const ZRef = z.object({ key: z.string(), label: z.string() });

export const ZFollowUp = z.object({
  id: z.string(),
  number: z.string(),
  customer: z.object({ id: z.string(), name: z.string(), number: z.string() }),
  at: z.string(),
  method: ZRef,
  kind: ZRef.nullable(),
  user: z.object({ id: z.string(), name: z.string() }),
  contact: z.object({ id: z.string(), name: z.string() }).nullable(),
  summary: z.string(),
  feedback: z.string().nullable(),
  attitude: z.enum(ATTITUDES).nullable(),
  attitudeNote: z.string().nullable(),
  important: z.boolean(),
  commitments: z.array(ZCommitment),
  nextActions: z.array(ZNextAction),
  nextDate: z.string().nullable(),
  /** 附件, oldest first. */
  attachments: z.array(ZAttachment),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;
