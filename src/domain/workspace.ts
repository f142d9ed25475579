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

/** Settings people change in 设置 → 工作区. */
export const ZWorkspaceSettings = z.object({
  customerNumberPattern: z
    .string()
    .trim()
    .refine(isValidPattern, { params: { key: 'numberPattern' } }),
  scoring: ZScoring,
  cadence: z.array(ZCadenceRule).max(100),
  health: ZHealthThresholds,
});

export const ZWorkspace = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  settings: ZWorkspaceSettings,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZUpdateWorkspaceInput = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: ZTimeZone.optional(),
  settings: ZWorkspaceSettings.partial().optional(),
  version: ZVersion,
});
export type TUpdateWorkspaceInput = z.infer<typeof ZUpdateWorkspaceInput>;
