import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING } from '../../domain/assessment';
import { weightShares } from './scoringShares';

describe('weightShares', () => {
  it('splits equal weights evenly', () => {
    expect(weightShares(DEFAULT_SCORING.weights)).toEqual({
      intent: 20,
      budgetFit: 20,
      feasibility: 20,
      longTermValue: 20,
      referralPotential: 20,
    });
  });

  it('rounds each share on its own, so equal weights show equal shares', () => {
    expect(
      weightShares({ intent: 10, budgetFit: 4, feasibility: 4, longTermValue: 4, referralPotential: 4 }),
    ).toEqual({ intent: 38, budgetFit: 15, feasibility: 15, longTermValue: 15, referralPotential: 15 });
    expect(
      weightShares({ intent: 1, budgetFit: 1, feasibility: 1, longTermValue: 0, referralPotential: 0 }),
    ).toEqual({ intent: 33, budgetFit: 33, feasibility: 33, longTermValue: 0, referralPotential: 0 });
  });

  it('counts empty boxes as 0 and gives null when nothing weighs anything', () => {
    expect(weightShares({ intent: 5, budgetFit: null })?.intent).toBe(100);
    expect(
      weightShares({ intent: 0, budgetFit: 0, feasibility: 0, longTermValue: 0, referralPotential: 0 }),
    ).toBeNull();
    expect(weightShares(undefined)).toBeNull();
  });
});
