import { z } from 'zod';
import { ASSESSMENT_DIMENSIONS } from './assessment';
import { ZCadenceRule, ZHealthThresholds } from './cadence';
import { isValidPattern } from './numbering';
import { ZTimeZone, ZVersion } from './user';

const ZWeights = z.object(
  Object.fromEntries(ASSESSMENT_DIMENSIONS.map((d) => [d, z.number().int().min(0).max(20)])) as Record<
    (typeof ASSESSMENT_DIMENSIONS)[number],
    z.ZodNumber
  >,
);

export const ZScoring = z
  .object({
    weights: ZWeights,
    gradeA: z.number().int().min(1).max(100),
    gradeB: z.number().int().min(0).max(99),
  })
  .refine((s) => s.gradeB < s.gradeA, { params: { key: 'gradeOrder' }, path: ['gradeB'] });

/**
 * 公海 for teams: customers whose owner has not followed them up for `reclaimDays` go back to the pool (a warning
 * goes out 3 days before); a member may claim while they own fewer than `claimLimit` customers. Null turns either off.
 */
export const ZPoolSettings = z.object({
  reclaimDays: z.number().int().min(7).max(365).nullable(),
  claimLimit: z.number().int().min(1).max(100_000).nullable(),
});
export type TPoolSettings = z.infer<typeof ZPoolSettings>;
export const DEFAULT_POOL: TPoolSettings = { reclaimDays: null, claimLimit: null };
/** Days before the reclaim that the owner is warned. */
export const RECLAIM_WARNING_DAYS = 3;

/**
 * Deals and delivery: whether winning a deal needs a manager's approval (成交审批), how many days before a contract
 * ends its owner is reminded (续费提醒), and how many days after its milestone is done an installment falls due.
 */
export const ZDealSettings = z.object({
  approval: z.boolean(),
  renewalDays: z.number().int().min(1).max(365),
  paymentTermDays: z.number().int().min(0).max(365),
});
export type TDealSettings = z.infer<typeof ZDealSettings>;
export const DEFAULT_DEAL_SETTINGS: TDealSettings = { approval: false, renewalDays: 30, paymentTermDays: 0 };

/** Settings people change in 设置 → 工作区. */
export const ZWorkspaceSettings = z.object({
  customerNumberPattern: z
    .string()
    .trim()
    .refine(isValidPattern, { params: { key: 'numberPattern' } }),
  scoring: ZScoring,
  cadence: z.array(ZCadenceRule).max(100),
  health: ZHealthThresholds,
  pool: ZPoolSettings,
  deals: ZDealSettings,
});

export const ZWorkspace = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  settings: ZWorkspaceSettings,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** Customers' scores, grades and due dates are still being recomputed after the rules changed. */
  recomputing: z.boolean(),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZUpdateWorkspaceInput = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: ZTimeZone.optional(),
  settings: ZWorkspaceSettings.partial().optional(),
  version: ZVersion,
});
export type TUpdateWorkspaceInput = z.infer<typeof ZUpdateWorkspaceInput>;
