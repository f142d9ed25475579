import { z } from 'zod';
import { ZAssessment, GRADES } from './assessment';
import { ZContact, ZContactFields, ZDictRef } from './contact';
import { ZDate } from './dates';
import { ZDictValue } from './dictionary-value';
import { ZVersion } from './user';

export const CUSTOMER_KINDS = ['company', 'person'] as const;

/** 需求画像. Budgets are integer fen. */
export const ZNeeds = z.strictObject({
  coreNeed: z.string().max(2000).nullish(),
  painPoints: z.string().max(2000).nullish(),
  budgetMin: z.number().int().min(0).nullish(),
  budgetMax: z.number().int().min(0).nullish(),
  expectedDelivery: ZDate.nullish(),
  decisionMaker: z.string().max(100).nullish(),
  competition: z.string().max(2000).nullish(),
  needKeywords: z.array(z.string().trim().min(1).max(30)).max(20).nullish(),
  priority: z.enum(['high', 'medium', 'low']).nullish(),
});
export type TNeeds = z.infer<typeof ZNeeds>;

/** Warnings a person may read and save anyway; each override is written to the history. */
export const OVERRIDABLE_WARNINGS = ['creditCodeCheckDigit', 'duplicates'] as const;

const fields = {
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string().trim().min(1).max(200),
  creditCode: z.string().trim().max(40).nullish(),
  industry: ZDictValue.nullish(),
  companySize: ZDictValue.nullish(),
  province: z.string().trim().max(30).nullish(),
  city: z.string().trim().max(30).nullish(),
  district: z.string().trim().max(30).nullish(),
  address: z.string().trim().max(200).nullish(),
  sourceChannel: ZDictValue.nullish(),
  referrerId: z.string().max(64).nullish(),
  type: ZDictValue.nullish(),
  status: ZDictValue.nullish(),
  stage: ZDictValue.nullish(),
  /** A manual grade overrides the computed one; null goes back to the computed grade. */
  grade: z.enum(GRADES).nullish(),
  ownerId: z.string().max(64).nullish(),
  parentId: z.string().max(64).nullish(),
  firstContactDate: ZDate.nullish(),
  establishedDate: ZDate.nullish(),
  notes: z.string().max(5000).nullish(),
  tags: z.array(ZDictValue).max(30).optional(),
  needs: ZNeeds.optional(),
  assessment: ZAssessment.optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
  confirm: z.array(z.enum(OVERRIDABLE_WARNINGS)).optional(),
};

export const ZCreateCustomerInput = z.strictObject({
  ...fields,
  kind: fields.kind.default('company'),
  contacts: z.array(ZContactFields).max(50).optional(),
});
export type TCreateCustomerInput = z.infer<typeof ZCreateCustomerInput>;

export const ZUpdateCustomerInput = z.strictObject({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  version: ZVersion,
} as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> } & { version: typeof ZVersion });
export type TUpdateCustomerInput = z.infer<typeof ZUpdateCustomerInput>;

const ZUserRef = z.object({ id: z.string(), name: z.string() });
const ZCustomerRef = z.object({ id: z.string(), name: z.string(), number: z.string() });

export const ZCustomer = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string(),
  creditCode: z.string().nullable(),
  industry: ZDictRef.nullable(),
  companySize: ZDictRef.nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  address: z.string().nullable(),
  sourceChannel: ZDictRef.nullable(),
  referrer: ZCustomerRef.nullable(),
  type: ZDictRef.nullable(),
  status: ZDictRef.nullable(),
  stage: ZDictRef.nullable(),
  assessment: ZAssessment,
  score: z.number().int().nullable(),
  grade: z.enum(GRADES).nullable(),
  gradeIsManual: z.boolean(),
  needs: ZNeeds,
  owner: ZUserRef.nullable(),
  parent: ZCustomerRef.nullable(),
  firstContactDate: z.string().nullable(),
  establishedDate: z.string().nullable(),
  notes: z.string().nullable(),
  tags: z.array(ZDictRef.extend({ color: z.string().nullable() })),
  custom: z.record(z.string(), z.unknown()),
  lastFollowUpAt: z.string().nullable(),
  /** The method of the last follow-up, the explicit next date it set, the cadence in days and the resulting due date. */
  lastFollowUpMethod: z.object({ key: z.string(), label: z.string() }).nullable(),
  nextFollowUpDate: z.string().nullable(),
  cadenceDays: z.number().int().nullable(),
  nextDueDate: z.string().nullable(),
  /** Derived from the won deals: first and last won day, the total won (fen) and how many. */
  firstWonDate: z.string().nullable(),
  lastWonDate: z.string().nullable(),
  wonAmount: z.number().int(),
  wonCount: z.number().int(),
  contacts: z.array(ZContact),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCustomer = z.infer<typeof ZCustomer>;

/** POST /customers/duplicates: what the form has typed so far. */
export const ZDuplicateQuery = z.strictObject({
  excludeId: z.string().max(64).optional(),
  name: z.string().max(200).optional(),
  creditCode: z.string().max(40).optional(),
  phones: z.array(z.string().max(40)).max(50).optional(),
  emails: z.array(z.string().max(120)).max(50).optional(),
  wechats: z.array(z.string().max(60)).max(50).optional(),
});
export type TDuplicateQuery = z.infer<typeof ZDuplicateQuery>;

export const DUPLICATE_REASONS = ['creditCode', 'phone', 'email', 'wechat', 'name'] as const;
export const ZDuplicateCandidate = z.object({
  id: z.string(),
  name: z.string(),
  number: z.string(),
  owner: ZUserRef.nullable(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  /** False when the caller may not open the record (a colleague's customer): they learn it exists and whose it is. */
  canOpen: z.boolean(),
});
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;

/** Changes the list can make to many customers at once (each can be undone as a batch). */
export const BULK_ACTIONS = [
  'assign',
  'addTag',
  'removeTag',
  'setType',
  'setStatus',
  'setStage',
  'delete',
] as const;
export type TBulkAction = (typeof BULK_ACTIONS)[number];
