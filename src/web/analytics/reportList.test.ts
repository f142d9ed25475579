import { describe, expect, it } from 'vitest';
import { analyticsPath, isReportName, REPORT_NAMES, visibleReports } from './reportList';

describe('analytics menu', () => {
  it('lists every report once', () => {
    expect(new Set(REPORT_NAMES).size).toBe(11);
    expect(isReportName('churn')).toBe(true);
    expect(isReportName('dashboard')).toBe(false);
    expect(isReportName(undefined)).toBe(false);
  });

  it('carries the period and member over to the page switched to', () => {
    expect(analyticsPath('funnel', { period: 'quarter', userId: 'u1' })).toBe(
      '/analytics/funnel?period=quarter&userId=u1',
    );
    expect(analyticsPath('dashboard', { period: 'custom', from: '2026-11-01', to: '2026-11-15' })).toBe(
      '/analytics?period=custom&from=2026-11-01&to=2026-11-15',
    );
  });

  it('leaves the leaderboard out for those who may not assign customers', () => {
    expect(visibleReports(false)).not.toContain('leaderboard');
    expect(visibleReports(true)).toContain('leaderboard');
  });
});
