import { describe, expect, it } from 'vitest';
import { changeOf, readAnalyticsQuery, withCustomDays, writeAnalyticsQuery } from './analyticsQuery';

describe('dashboard address', () => {
  it('reads the period and member, keeping custom days only for a custom period', () => {
    expect(readAnalyticsQuery(new URLSearchParams('period=quarter&from=2026-01-01&userId=u1'))).toEqual({
      period: 'quarter',
      userId: 'u1',
    });
    expect(readAnalyticsQuery(new URLSearchParams('period=nonsense'))).toEqual({ period: 'month' });
    expect(readAnalyticsQuery(new URLSearchParams('period=custom&from=2026-11-01'))).toEqual({
      period: 'month',
    });
    const custom = { period: 'custom' as const, from: '2026-11-01', to: '2026-11-30' };
    expect(readAnalyticsQuery(writeAnalyticsQuery(custom))).toEqual(custom);
  });

  it('says how much a figure rose or fell, and nothing when there was none before', () => {
    expect(changeOf(150, 100)).toBe(0.5);
    expect(changeOf(50, 100)).toBe(-0.5);
    expect(changeOf(0, 0)).toBe(0);
    expect(changeOf(3, 0)).toBeNull();
  });

  it('starts a custom period from the days on screen', () => {
    const shown = { from: '2026-11-01', to: '2026-11-30' };
    expect(withCustomDays({ period: 'custom', userId: 'u1' }, shown)).toEqual({
      period: 'custom',
      userId: 'u1',
      ...shown,
    });
    expect(withCustomDays({ period: 'year' }, shown)).toEqual({ period: 'year' });
    const chosen = { period: 'custom' as const, from: '2026-01-01', to: '2026-01-31' };
    expect(withCustomDays(chosen, shown)).toEqual(chosen);
  });
});
