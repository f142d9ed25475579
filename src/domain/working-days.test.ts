import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarOf,
  coverage,
  isCovered,
  isRangeCovered,
  isWorkingDay,
  LIBRARY_LAST_YEAR,
  specialDay,
  specialDaysOfYear,
  workingDaysBetween,
} from './working-days';

// Dates from the State Council's 2026 schedule (国办发明电〔2025〕7号), as chinese-days carries it:
// 春节 2/15 (Sun)–2/23 (Mon) off, 2/14 (Sat) and 2/28 (Sat) worked; 中秋 9/25–9/27 off; 国庆 10/1–10/7 off,
// 9/20 (Sun) and 10/10 (Sat) worked.

describe('working days across the 2026 Spring Festival', () => {
  it('knows the holiday and its make-up Saturdays', () => {
    expect(specialDay('2026-02-17')).toMatchObject({ kind: 'rest', source: 'holiday', name: '春节' });
    expect(specialDay('2026-02-14')).toMatchObject({ kind: 'work', source: 'makeUpWorkday', name: '春节' });
    expect(specialDay('2026-02-20')?.inLieu).toBe(true);
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-16')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2026-02-28')).toBe(true);
  });

  it('adds working days over the week off', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(addWorkingDays('2026-02-16', 0)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
  });

  it('counts backwards', () => {
    expect(addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-24', -2)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-20', -1)).toBe('2026-02-14');
  });

  it('counts the working days between two dates', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(workingDaysBetween('2026-02-28', '2026-02-13')).toBe(-6);
    expect(workingDaysBetween('2026-01-31', '2026-02-28')).toBe(16);
    expect(workingDaysBetween('2026-02-16', '2026-02-16')).toBe(0);
  });
});

describe('working days across 国庆 2026', () => {
  it('skips the Golden Week and counts the make-up Saturday and Sunday', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    expect(addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkingDays('2026-10-12', -2)).toBe('2026-10-09');
  });

  it('keeps addWorkingDays and workingDaysBetween consistent all year', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms <= Date.UTC(2026, 11, 31); ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      if (!isWorkingDay(day)) continue;
      for (const n of [1, 3, 10, -1, -5])
        expect(workingDaysBetween(day, addWorkingDays(day, n)), `${day} ${n}`).toBe(n);
    }
  });
});

describe("a workspace's overrides", () => {
  it('turn a working day into a rest day and the other way round', () => {
    const calendar = calendarOf([
      { day: '2026-10-09', kind: 'rest', name: '公司年假' },
      { day: '2026-10-10', kind: 'rest', name: '不调休' },
      { day: '2026-10-03', kind: 'work', name: '展会值班' },
    ]);
    expect(addWorkingDays('2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-03');
    expect(addWorkingDays('2026-09-30', 3, calendar)).toBe('2026-10-12');
    expect(specialDay('2026-10-10', calendar)).toMatchObject({
      kind: 'rest',
      source: 'override',
      name: '不调休',
      library: { kind: 'work', source: 'makeUpWorkday', name: '国庆节' },
    });
    const october = specialDaysOfYear(2026, calendar).filter((d) => d.day.startsWith('2026-10'));
    expect(october.map((d) => `${d.day.slice(8)}${d.kind === 'work' ? '班' : '休'}`).join(' ')).toBe(
      '01休 02休 03班 04休 05休 06休 07休 09休 10休',
    );
  });
});

describe('years the schedule does not cover', () => {
  const next = LIBRARY_LAST_YEAR + 1;

  it('finds the last year in the library data', () => {
    expect(LIBRARY_LAST_YEAR).toBeGreaterThanOrEqual(2026);
    expect(coverage()).toEqual({
      firstCoveredYear: 2004,
      lastCoveredYear: LIBRARY_LAST_YEAR,
      libraryLastYear: LIBRARY_LAST_YEAR,
    });
    expect(isCovered(`${LIBRARY_LAST_YEAR}-12-31`)).toBe(true);
    expect(isCovered(`${next}-01-01`)).toBe(false);
    expect(isRangeCovered(`${LIBRARY_LAST_YEAR}-12-01`, `${next}-01-05`)).toBe(false);
  });

  it('falls back to weekends only', () => {
    expect(specialDaysOfYear(2099)).toEqual([]);
    // 2099-01-01 is a Thursday: no New Year holiday is known, so it is a working day and Friday follows.
    expect(isWorkingDay('2099-01-01')).toBe(true);
    expect(addWorkingDays('2099-01-01', 1)).toBe('2099-01-02');
    expect(addWorkingDays('2099-01-02', 1)).toBe('2099-01-05');
    expect(workingDaysBetween('2099-01-01', '2099-01-31')).toBe(21);
  });

  it('counts a year the workspace typed in as covered', () => {
    const calendar = calendarOf([{ day: `${next}-02-10`, kind: 'rest', name: '春节' }]);
    expect(isCovered(`${next}-06-01`, calendar)).toBe(true);
    expect(coverage(calendar).lastCoveredYear).toBe(next);
    const farOnly = calendarOf([{ day: `${next + 2}-02-10`, kind: 'rest' }]);
    expect(coverage(farOnly).lastCoveredYear).toBe(LIBRARY_LAST_YEAR);
  });
});

/**
 * Where chinese-workday (the second source) differs from chinese-days. Each was checked against the State Council's
 * notice for that year; chinese-days is right in all of them, so a new disagreement fails this test until someone
 * looks it up. true = chinese-days says working day.
 */
const KNOWN_DISAGREEMENTS: Record<string, boolean> = {
  '2011-01-29': false, // 2011 春节: 1/30 (Sun) and 2/12 (Sat) worked, not 1/29
  '2011-02-12': true,
  '2011-04-02': true, // 2011 清明: 4/2 (Sat) worked
  '2011-12-31': true, // 2012 元旦: 2011-12-31 (Sat) worked
  '2012-01-29': true, // 2012 春节: 1/21 (Sat) and 1/29 (Sun) worked
  '2012-03-31': true, // 2012 清明: 3/31 and 4/1 worked
  '2012-04-01': true,
  '2012-04-28': true, // 2012 劳动节: 4/28 (Sat) worked
  '2012-09-30': false, // 2012 中秋国庆: 9/30–10/7 off, 9/29 worked; 10/8 is an ordinary Monday
  '2012-10-08': true,
  '2013-04-07': true, // 2013 清明: 4/7 (Sun) worked
  '2013-04-27': true, // 2013 劳动节: 4/27 and 4/28 worked
  '2013-04-28': true,
  '2013-06-08': true, // 2013 端午: 6/8 and 6/9 worked
  '2013-06-09': true,
  '2013-10-12': true, // 2013 国庆: 9/29 and 10/12 worked
  '2013-12-29': false, // 2014 元旦: one day off, nothing made up
  '2014-06-03': true, // 2014 端午: 5/31–6/2 off
  '2014-06-04': true,
  '2014-09-09': true, // 2014 中秋: 9/6–9/8 off
  '2014-09-10': true,
  '2014-10-11': true, // 2014 国庆: 9/28 and 10/11 worked
  '2015-09-03': false, // 抗战胜利 70 周年纪念日: 9/3–9/5 off, 9/6 worked
  '2015-09-04': false,
  '2018-01-01': false, // 2018 元旦: 2017-12-30 – 2018-01-01 off
  '2020-01-31': false, // 2020 春节 extended to 2/2 for COVID-19 (国办发明电〔2020〕1号), cancelling the 2/1 make-up day
  '2020-02-01': false,
  '2023-01-03': true, // 2023 元旦: 2022-12-31 – 2023-01-02 off
};

describe('cross-check with chinese-workday', () => {
  it('agrees on every day of every year both libraries cover, except the known mistakes of the other', async () => {
    const other = await import('chinese-workday');
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    // chinese-workday names plain days 周末 or 工作日; any other name means it has data for that year.
    const otherYears = new Set<number>();
    for (let ms = Date.UTC(2000, 0, 1); ms <= Date.UTC(2040, 11, 31); ms += 86_400_000) {
      const festival = other.getFestival(iso(ms));
      if (festival !== '周末' && festival !== '工作日') otherYears.add(Number(iso(ms).slice(0, 4)));
    }
    const first = Math.max(2004, Math.min(...otherYears));
    const last = Math.min(LIBRARY_LAST_YEAR, Math.max(...otherYears));
    expect(last - first).toBeGreaterThanOrEqual(10);

    const disagreements: Record<string, boolean> = {};
    for (let ms = Date.UTC(first, 0, 1); ms <= Date.UTC(last, 11, 31); ms += 86_400_000) {
      const day = iso(ms);
      if (isWorkingDay(day) !== other.isWorkday(day)) disagreements[day] = isWorkingDay(day);
    }
    expect(disagreements).toEqual(
      Object.fromEntries(
        Object.entries(KNOWN_DISAGREEMENTS).filter(
          ([d]) => Number(d.slice(0, 4)) >= first && Number(d.slice(0, 4)) <= last,
        ),
      ),
    );
  });
});
