import { describe, expect, it } from 'vitest';
import {
  customPeriodError,
  dayStartInstant,
  instantRange,
  periodRanges,
  type TAnalyticsQuery,
} from './analytics';

const q = (period: TAnalyticsQuery['period'], extra: Partial<TAnalyticsQuery> = {}): TAnalyticsQuery => ({
  period,
  ...extra,
});

describe('analytics periods', () => {
  it('runs a calendar period to today and compares it with as many days of the one before', () => {
    // Thursday 2026-12-10.
    expect(periodRanges(q('week'), '2026-12-10')).toEqual({
      current: { from: '2026-12-07', to: '2026-12-10' },
      previous: { from: '2026-11-30', to: '2026-12-03' },
    });
    expect(periodRanges(q('month'), '2026-12-10')).toEqual({
      current: { from: '2026-12-01', to: '2026-12-10' },
      previous: { from: '2026-11-01', to: '2026-11-10' },
    });
    // 31 March against February: clipped to February's end, never into March.
    expect(periodRanges(q('month'), '2026-03-31').previous).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRanges(q('quarter'), '2026-05-15')).toEqual({
      current: { from: '2026-04-01', to: '2026-05-15' },
      previous: { from: '2026-01-01', to: '2026-02-14' },
    });
    expect(periodRanges(q('year'), '2026-01-01')).toEqual({
      current: { from: '2026-01-01', to: '2026-01-01' },
      previous: { from: '2025-01-01', to: '2025-01-01' },
    });
    expect(periodRanges(q('quarter'), '2026-01-20').previous).toEqual({
      from: '2025-10-01',
      to: '2025-10-20',
    });
  });

  it('compares a custom period with the same number of days just before it', () => {
    expect(periodRanges(q('custom', { from: '2026-11-01', to: '2026-11-30' }), '2026-12-10')).toEqual({
      current: { from: '2026-11-01', to: '2026-11-30' },
      previous: { from: '2026-10-02', to: '2026-10-31' },
    });
    expect(customPeriodError(q('custom', { from: '2026-11-01' }))).toEqual({
      path: 'to',
      code: 'FIELD_REQUIRED',
    });
    expect(customPeriodError(q('custom', { from: '2026-11-02', to: '2026-11-01' }))).toEqual({
      path: 'to',
      code: 'PERIOD_INVALID',
    });
    expect(customPeriodError(q('month'))).toBeNull();
  });

  it('turns workspace days into instants at local midnight', () => {
    expect(dayStartInstant('2026-11-01', 'Asia/Shanghai')).toBe('2026-10-31T16:00:00.000Z');
    expect(instantRange({ from: '2026-11-01', to: '2026-11-30' }, 'Asia/Shanghai')).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      before: '2026-11-30T16:00:00.000Z',
    });
    // Daylight saving time elsewhere: Berlin's midnight moves from UTC+2 to UTC+1 on 25 October 2026.
    expect(dayStartInstant('2026-10-25', 'Europe/Berlin')).toBe('2026-10-24T22:00:00.000Z');
    expect(dayStartInstant('2026-10-26', 'Europe/Berlin')).toBe('2026-10-25T23:00:00.000Z');
  });
});
