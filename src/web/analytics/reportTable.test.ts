import { describe, expect, it } from 'vitest';
import { buildTable, columnTitle, formatCell, formatRate, isOneYear, monthLabel } from './reportTable';

describe('report tables', () => {
  it('reads rows and totals through the column definitions', () => {
    const table = buildTable(
      [
        { key: 'month', title: '月份', kind: 'text', value: (r: { month: string; n: number }) => r.month },
        { key: 'n', title: '新增客户', kind: 'count', value: (r) => r.n },
      ],
      [
        { month: '2026-10', n: 3 },
        { month: '2026-11', n: 4 },
      ],
      [{ month: '合计', n: 7 }],
    );
    expect(table.columns).toEqual([
      { key: 'month', title: '月份', kind: 'text' },
      { key: 'n', title: '新增客户', kind: 'count' },
    ]);
    expect(table.rows).toEqual([
      { id: 'r0', total: false, cells: ['2026-10', 3] },
      { id: 'r1', total: false, cells: ['2026-11', 4] },
      { id: 't0', total: true, cells: ['合计', 7] },
    ]);
    expect(buildTable([], [], [{ month: '合计', n: 0 }]).rows).toEqual([]);
  });

  it('shows rates as percentages with one decimal and nothing to divide by as —', () => {
    expect(formatRate(0.228430566967954)).toBe('22.8%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(0.00049)).toBe('0.0%');
    expect(formatRate(null)).toBe('—');
  });

  it('formats cells by kind', () => {
    expect(formatCell('yuan', 123_456_750, 'zh-CN')).toBe('1,234,567.50');
    expect(formatCell('yuan', 350_000, 'en-US')).toBe('3,500.00');
    expect(formatCell('count', 38179, 'zh-CN')).toBe('38,179');
    expect(formatCell('days', 185.5, 'zh-CN')).toBe('185.5');
    expect(formatCell('rate', 0.5, 'en-US')).toBe('50.0%');
    expect(formatCell('count', null, 'en-US')).toBe('—');
    expect(columnTitle({ key: 'a', title: '成交金额', kind: 'yuan' }, '（元）')).toBe('成交金额（元）');
    expect(columnTitle({ key: 'n', title: '客户数', kind: 'count' }, '（元）')).toBe('客户数');
  });

  it('names months briefly within one year, with the year across two', () => {
    expect(monthLabel('2026-11', 'zh-CN', true)).toBe('11月');
    expect(monthLabel('2026-01', 'en-US', true)).toBe('Jan');
    expect(monthLabel('2025-12', 'en-US', false)).toBe('2025-12');
    expect(isOneYear([{ month: '2026-01' }, { month: '2026-12' }])).toBe(true);
    expect(isOneYear([{ month: '2025-12' }, { month: '2026-01' }])).toBe(false);
  });
});
