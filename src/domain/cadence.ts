import { z } from 'zod';
import { GRADES, type TGrade } from './assessment';

/**
 * 跟进频率: a rule matches customers by grade, tag or stage and says how many days may pass between follow-ups.
 * A customer takes the tightest interval among the rules that match it.
 */
export const ZCadenceRule = z
  .strictObject({
    grade: z.enum(GRADES).optional(),
    tag: z.string().trim().min(1).max(60).optional(),
    stage: z.string().trim().min(1).max(60).optional(),
    days: z.number().int().min(1).max(365),
  })
  .refine((r) => [r.grade, r.tag, r.stage].filter((v) => v !== undefined).length === 1, {
    params: { key: 'cadenceMatch' },
  });
export type TCadenceRule = z.infer<typeof ZCadenceRule>;

export const DEFAULT_CADENCE: TCadenceRule[] = [
  { grade: 'A', days: 3 },
  { grade: 'B', days: 7 },
  { grade: 'C', days: 14 },
  { tag: 'key_prospect', days: 7 },
  { tag: 'high_repeat', days: 15 },
  { tag: 'strategic_partner', days: 90 },
];

/** 客户健康度 by days since the last follow-up: active up to `dormantAfter`, dormant up to `atRiskAfter`, then at risk. */
export const ZHealthThresholds = z
  .strictObject({
    dormantAfter: z.number().int().min(1).max(365),
    atRiskAfter: z.number().int().min(2).max(730),
  })
  .refine((t) => t.dormantAfter < t.atRiskAfter, { params: { key: 'healthOrder' }, path: ['atRiskAfter'] });
export type THealthThresholds = z.infer<typeof ZHealthThresholds>;

export const DEFAULT_HEALTH: THealthThresholds = { dormantAfter: 30, atRiskAfter: 60 };

export const HEALTH = ['active', 'dormant', 'atRisk'] as const;
/** Windows of the next due date a list filters by: before today, up to today, within the coming week. */
export const DUE_WINDOWS = ['overdue', 'today', 'week'] as const;
export type THealth = (typeof HEALTH)[number];

export interface CadenceSubject {
  grade: TGrade | null;
  stage: string | null;
  tags: readonly string[];
}

/** The tightest matching rule, or null when none matches (the customer then has no cadence, only explicit dates). */
export function cadenceOf(rules: readonly TCadenceRule[], customer: CadenceSubject): TCadenceRule | null {
  let best: TCadenceRule | null = null;
  for (const rule of rules) {
    const matches =
      (rule.grade !== undefined && rule.grade === customer.grade) ||
      (rule.stage !== undefined && rule.stage === customer.stage) ||
      (rule.tag !== undefined && customer.tags.includes(rule.tag));
    if (matches && (best === null || rule.days < best.days)) best = rule;
  }
  return best;
}

/** `YYYY-MM-DD` plus n calendar days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * When a customer is next due: the explicit next follow-up date when one is set (it wins, as the seeds' reminder
 * column does); else the last follow-up plus the cadence; a customer never followed up is due from the day it was
 * created. No date without an explicit date or a cadence.
 */
export function nextDueDate(input: {
  explicitNextDate: string | null;
  lastFollowUpDate: string | null;
  createdDate: string;
  cadenceDays: number | null;
}): string | null {
  if (input.explicitNextDate) return input.explicitNextDate;
  if (input.cadenceDays === null) return null;
  return input.lastFollowUpDate ? addDays(input.lastFollowUpDate, input.cadenceDays) : input.createdDate;
}

/** Health on a day: by days since the last follow-up; never followed up is at risk. */
export function healthOf(lastFollowUpDate: string | null, today: string, t: THealthThresholds): THealth {
  if (!lastFollowUpDate) return 'atRisk';
  const days = daysBetween(lastFollowUpDate, today);
  return days <= t.dormantAfter ? 'active' : days <= t.atRiskAfter ? 'dormant' : 'atRisk';
}
