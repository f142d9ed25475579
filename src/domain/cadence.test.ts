import { describe, expect, it } from 'vitest';
import {
  addDays,
  cadenceOf,
  DEFAULT_CADENCE,
  DEFAULT_HEALTH,
  healthOf,
  nextDueDate,
  ZCadenceRule,
} from './cadence';

describe('cadence', () => {
  it('takes the tightest interval among the rules that match', () => {
    expect(cadenceOf(DEFAULT_CADENCE, { grade: 'B', stage: null, tags: [] })?.days).toBe(7);
    expect(cadenceOf(DEFAULT_CADENCE, { grade: 'C', stage: null, tags: ['high_repeat'] })?.days).toBe(14);
    expect(cadenceOf(DEFAULT_CADENCE, { grade: 'A', stage: null, tags: ['strategic_partner'] })?.days).toBe(
      3,
    );
    expect(cadenceOf(DEFAULT_CADENCE, { grade: null, stage: 'lead', tags: [] })).toBeNull();
  });

  it('lets the explicit next date win, else counts from the last follow-up, else from creation', () => {
    const base = { lastFollowUpDate: '2026-11-20', createdDate: '2026-10-01', cadenceDays: 7 };
    expect(nextDueDate({ ...base, explicitNextDate: '2026-12-31' })).toBe('2026-12-31');
    expect(nextDueDate({ ...base, explicitNextDate: null })).toBe('2026-11-27');
    expect(nextDueDate({ ...base, explicitNextDate: null, lastFollowUpDate: null })).toBe('2026-10-01');
    expect(nextDueDate({ ...base, explicitNextDate: null, cadenceDays: null })).toBeNull();
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
  });

  it('calls a customer dormant after 30 days and at risk after 60 or when never followed up', () => {
    expect(healthOf('2026-11-01', '2026-11-24', DEFAULT_HEALTH)).toBe('active');
    expect(healthOf('2026-10-25', '2026-11-24', DEFAULT_HEALTH)).toBe('active');
    expect(healthOf('2026-10-24', '2026-11-24', DEFAULT_HEALTH)).toBe('dormant');
    expect(healthOf('2026-09-25', '2026-11-24', DEFAULT_HEALTH)).toBe('dormant');
    expect(healthOf('2026-09-24', '2026-11-24', DEFAULT_HEALTH)).toBe('atRisk');
    expect(healthOf(null, '2026-11-24', DEFAULT_HEALTH)).toBe('atRisk');
  });

  it('wants a rule to match exactly one of grade, tag or stage', () => {
    expect(ZCadenceRule.safeParse({ grade: 'A', days: 3 }).success).toBe(true);
    expect(ZCadenceRule.safeParse({ grade: 'A', tag: 'vip', days: 3 }).success).toBe(false);
    expect(ZCadenceRule.safeParse({ days: 3 }).success).toBe(false);
  });
});
