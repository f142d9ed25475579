import { ASSESSMENT_DIMENSIONS, type TAssessmentDimension } from '../../domain/assessment';

export type TWeightsDraft = Partial<Record<TAssessmentDimension, number | null>>;

/**
 * Each dimension's share of the total weight in whole percent. Plain rounding: equal weights always show equal
 * shares, even when the shown figures then add up to 99 or 101. An empty box counts as 0; null when nothing
 * weighs anything.
 */
export function weightShares(
  weights: TWeightsDraft | undefined,
): Record<TAssessmentDimension, number> | null {
  const values = ASSESSMENT_DIMENSIONS.map((d) => Math.max(0, weights?.[d] ?? 0));
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total === 0) return null;
  return Object.fromEntries(
    ASSESSMENT_DIMENSIONS.map((d, i) => [d, Math.round(((values[i] ?? 0) * 100) / total)]),
  ) as Record<TAssessmentDimension, number>;
}
