import { z } from 'zod';

/** 价值评估: five 1–5 scores. */
export const ASSESSMENT_DIMENSIONS = [
  'intent',
  'budgetFit',
  'feasibility',
  'longTermValue',
  'referralPotential',
] as const;
export type TAssessmentDimension = (typeof ASSESSMENT_DIMENSIONS)[number];

const ZScore = z.number().int().min(1).max(5).nullable().optional();
export const ZAssessment = z.strictObject({
  intent: ZScore,
  budgetFit: ZScore,
  feasibility: ZScore,
  longTermValue: ZScore,
  referralPotential: ZScore,
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const GRADES = ['A', 'B', 'C'] as const;
export type TGrade = (typeof GRADES)[number];

/** Workspace-editable: weight per dimension (default 4 each, so five 5s make 100) and grade thresholds. */
export interface TScoring {
  weights: Record<TAssessmentDimension, number>;
  gradeA: number;
  gradeB: number;
}

export const DEFAULT_SCORING: TScoring = {
  weights: { intent: 4, budgetFit: 4, feasibility: 4, longTermValue: 4, referralPotential: 4 },
  gradeA: 80,
  gradeB: 50,
};

/**
 * 综合评分 on 0–100: the weighted sum, scaled so the best possible assessment is 100 whatever the weights.
 * Null until at least one dimension is scored; unscored dimensions count as 0.
 */
export function scoreOf(assessment: TAssessment, scoring: TScoring = DEFAULT_SCORING): number | null {
  const scored = ASSESSMENT_DIMENSIONS.filter((d) => assessment[d] != null);
  if (scored.length === 0) return null;
  const max = ASSESSMENT_DIMENSIONS.reduce((sum, d) => sum + 5 * scoring.weights[d], 0);
  const sum = ASSESSMENT_DIMENSIONS.reduce(
    (total, d) => total + (assessment[d] ?? 0) * scoring.weights[d],
    0,
  );
  return max === 0 ? 0 : Math.round((sum / max) * 100);
}

export function gradeOf(score: number | null, scoring: TScoring = DEFAULT_SCORING): TGrade | null {
  if (score == null) return null;
  if (score >= scoring.gradeA) return 'A';
  if (score >= scoring.gradeB) return 'B';
  return 'C';
}
