import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeek } from './backup';

const utcDay = (instant: string) => instant.slice(0, 10);

/** A scheduled backup every day at 02:00 from `from` for `days` days. */
function daily(from: string, days: number) {
  const start = Date.parse(`${from}T02:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const createdAt = new Date(start + i * 86_400_000).toISOString();
    return { name: `keyi-${createdAt.slice(0, 10)}`, createdAt };
  });
}

describe('backup retention', () => {
  it('reads ISO weeks across a year end', () => {
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
  });

  it('keeps 7 daily, 4 weekly and 12 monthly out of a year of daily backups', () => {
    const backups = daily('2025-12-01', 366);
    const kept = [...backupsToKeep(backups, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }, utcDay)].sort();
    // The last day is 2026-12-01 (a Tuesday): the last seven days, the newest of the three weeks before the current
    // one (Sundays), the newest of each of the eleven months before the current one (their last days).
    expect(kept.slice(-7)).toEqual(daily('2026-11-25', 7).map((b) => b.name));
    expect(kept).toContain('keyi-2026-11-22');
    expect(kept).toContain('keyi-2026-11-15');
    expect(kept).toContain('keyi-2026-10-31');
    expect(kept).toContain('keyi-2026-01-31');
    expect(kept).not.toContain('keyi-2025-12-31');
    expect(kept).toHaveLength(7 + 2 + 10);
  });

  it('counts days that have a backup, so a week without one does not shorten what is kept', () => {
    const backups = [...daily('2026-11-01', 3), ...daily('2026-11-20', 2)];
    expect(backupsToKeep(backups, { keepDaily: 4, keepWeekly: 0, keepMonthly: 0 }, utcDay)).toEqual(
      new Set(['keyi-2026-11-21', 'keyi-2026-11-20', 'keyi-2026-11-03', 'keyi-2026-11-02']),
    );
  });

  it('keeps the newest of two backups on one day', () => {
    const backups = [
      { name: 'early', createdAt: '2026-12-01T01:00:00Z' },
      { name: 'late', createdAt: '2026-12-01T09:00:00Z' },
    ];
    expect(backupsToKeep(backups, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }, utcDay)).toEqual(
      new Set(['late']),
    );
  });
});
