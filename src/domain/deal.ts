import { z } from 'zod';
import { ZDate } from './dates';
import { ZDictValue } from './dictionary-value';
import { ZFen, ZQuantity } from './money';
import { ZStage } from './pipeline';
import { ZVersion } from './user';

/** 产品/服务明细: name, quantity × unit price; the amount is computed (lineAmount), never typed. */
export const ZDealLineInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  quantity: ZQuantity,
  unitPrice: ZFen,
});
export type TDealLineInput = z.infer<typeof ZDealLineInput>;

const fields = {
  title: z.string().trim().min(1).max(200),
  /** A stage key of the pipeline, or its label; defaults to the first open stage. */
  stage: z.string().trim().min(1).max(60),
  ownerId: z.string().max(64),
  expectedAmount: ZFen.nullable(),
  expectedCloseDate: ZDate.nullable(),
  actualAmount: ZFen.nullable(),
  closedDate: ZDate.nullable(),
  /** 流失原因: required when the stage is a lost one. */
  lossReason: ZDictValue.nullable(),
  lossNote: z.string().trim().max(1000).nullable(),
  /** With lines, the expected amount is their sum. */
  lines: z.array(ZDealLineInput).max(100),
  /** 售后负责人: who gets the hand-over task once won; the owner when unset. */
  afterSalesId: z.string().max(64).nullable(),
  notes: z.string().trim().max(5000).nullable(),
};

export const ZCreateDealInput = z.strictObject({
  customerId: z.string().min(1).max(64),
  ...fields,
  stage: fields.stage.optional(),
  ownerId: fields.ownerId.optional(),
  expectedAmount: fields.expectedAmount.optional(),
  expectedCloseDate: fields.expectedCloseDate.optional(),
  actualAmount: fields.actualAmount.optional(),
  closedDate: fields.closedDate.optional(),
  lossReason: fields.lossReason.optional(),
  lossNote: fields.lossNote.optional(),
  lines: fields.lines.optional(),
  afterSalesId: fields.afterSalesId.optional(),
  notes: fields.notes.optional(),
});
export type TCreateDealInput = z.infer<typeof ZCreateDealInput>;

export const ZUpdateDealInput = z.strictObject(fields).partial().extend({ version: ZVersion });
export type TUpdateDealInput = z.infer<typeof ZUpdateDealInput>;

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type TApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** 成交意向申请: what the seller asks a manager to approve. */
export const ZApprovalRequestInput = z.strictObject({
  note: z.string().trim().min(1).max(2000),
  quotedAmount: ZFen,
  /** The won stage asked for, when the pipeline has more than one. */
  stage: z.string().trim().min(1).max(60).optional(),
});
export type TApprovalRequestInput = z.infer<typeof ZApprovalRequestInput>;

export const ZApprovalDecisionInput = z.strictObject({
  comment: z.string().trim().max(2000).default(''),
});

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZApproval = z.object({
  id: z.string(),
  dealId: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  note: z.string(),
  quotedAmount: z.number().int(),
  stage: z.string(),
  requestedBy: ZPerson,
  requestedAt: z.string(),
  decidedBy: ZPerson.nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
});
export type TApproval = z.infer<typeof ZApproval>;

export const ZDealLine = ZDealLineInput.extend({ amount: z.number().int() });
export type TDealLine = z.infer<typeof ZDealLine>;

const ZRef = z.object({ key: z.string(), label: z.string() });

export const ZDeal = z.object({
  id: z.string(),
  number: z.string(),
  customer: z.object({ id: z.string(), name: z.string(), number: z.string() }),
  pipelineId: z.string(),
  title: z.string(),
  stage: ZStage.pick({ key: true, label: true, kind: true, probability: true }),
  owner: ZPerson,
  expectedAmount: z.number().int().nullable(),
  expectedCloseDate: z.string().nullable(),
  actualAmount: z.number().int().nullable(),
  closedDate: z.string().nullable(),
  lossReason: ZRef.nullable(),
  lossNote: z.string().nullable(),
  lines: z.array(ZDealLine),
  afterSales: ZPerson.nullable(),
  notes: z.string().nullable(),
  /** The open request to approve it as won, if any. */
  pendingApproval: ZApproval.nullable(),
  stageChangedAt: z.string(),
  /** Who saved it last: a board move that lost to someone else's says who. */
  updatedBy: ZPerson.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TDeal = z.infer<typeof ZDeal>;
