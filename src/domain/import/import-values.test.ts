import { describe, expect, it } from 'vitest';
import { parseImportAmount } from './import-amounts';
import { parseImportDate } from './import-dates';

const TODAY = '2026-11-23';

describe('dates as people type them in a sheet', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024/5/1', '2024-05-01'],
    ['2024.5.1', '2024-05-01'],
    ['2024年5月1日', '2024-05-01'],
    ['2024 年 5 月 1 号', '2024-05-01'],
    ['2024-05-01 14:30', '2024-05-01'],
    ['２０２４年５月１日', '2024-05-01'],
    ['20240501', '2024-05-01'],
    ['5月1日', '2026-05-01'],
    ['12/31', '2026-12-31'],
    ['45413', '2024-05-01'],
    [45413, '2024-05-01'],
    [45413.75, '2024-05-01'],
    [new Date(Date.UTC(2024, 4, 1)), '2024-05-01'],
  ])('%s → %s', (raw, day) => {
    expect(parseImportDate(raw, TODAY)).toBe(day);
  });

  it.each([['2024-02-30'], ['2024/13/1'], ['下周'], ['12'], [1200], [''], ['   '], [null], ['2024-05']])(
    '%s is no date',
    (raw) => {
      expect(parseImportDate(raw, TODAY)).toBeNull();
    },
  );

  it('knows leap days', () => {
    expect(parseImportDate('2024年2月29日', TODAY)).toBe('2024-02-29');
    expect(parseImportDate('2023年2月29日', TODAY)).toBeNull();
  });
});

describe('amounts as people write them', () => {
  it.each([
    ['12800', 1_280_000],
    ['12,800', 1_280_000],
    ['12,800.50', 1_280_050],
    ['¥12,800', 1_280_000],
    ['￥ 3,000.5', 300_050],
    ['12800元', 1_280_000],
    ['12,800 元', 1_280_000],
    ['1.28万', 1_280_000],
    ['1.28万元', 1_280_000],
    ['0.1万元', 100_000],
    ['３万元', 3_000_000],
    ['RMB 300', 30_000],
    ['0.005', 1],
    [12800.5, 1_280_050],
    [0, 0],
  ])('%s → %s fen', (raw, fen) => {
    expect(parseImportAmount(raw)).toBe(fen);
  });

  it.each([['-100'], ['12,80'], ['约一万'], ['1.2.3'], [''], [null], [-5], ['99999999999万']])(
    '%s is no amount',
    (raw) => {
      expect(parseImportAmount(raw)).toBeNull();
    },
  );
});
