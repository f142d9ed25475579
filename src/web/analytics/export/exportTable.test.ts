import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTable, type ColumnDef } from '../reportTable';
import { BOM, buildWorkbook, exportFileName, sheetName, toCsv } from './exportTable';

interface Channel {
  label: string;
  count: number;
  amount: number;
  rate: number | null;
}
const columns: ColumnDef<Channel>[] = [
  { key: 'label', title: '来源渠道', kind: 'text', value: (r) => r.label },
  { key: 'count', title: '客户数', kind: 'count', value: (r) => r.count },
  { key: 'amount', title: '成交金额', kind: 'yuan', value: (r) => r.amount },
  { key: 'rate', title: '转化率', kind: 'rate', value: (r) => r.rate },
];
const table = buildTable(
  columns,
  [
    { label: '微信', count: 8519, amount: 123_456_750, rate: 0.228430566967954 },
    { label: '其他, 含"展会"', count: 0, amount: 0, rate: null },
  ],
  [{ label: '合计', count: 8519, amount: 123_456_750, rate: 0.2284 }],
);
const meta = {
  name: '来源渠道统计',
  title: '时间段：2026-11-01 至 2026-11-30 · 成员：全部',
  yuanSuffix: '（元）',
};

describe('report export', () => {
  it('writes CSV with a BOM, localized headers with the unit of money, and the rows as on screen', () => {
    const csv = toCsv(table, meta);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('来源渠道,客户数,成交金额（元）,转化率');
    expect(lines[1]).toBe('微信,8519,1234567.50,22.8%');
    // Quoted where the text needs it; no value stays empty rather than a dash.
    expect(lines[2]).toBe('"其他, 含""展会""",0,0.00,');
    expect(lines[3]).toBe('合计,8519,1234567.50,22.8%');
  });

  it('writes one sheet that exceljs reads back with the same cells', async () => {
    const buffer = await buildWorkbook(ExcelJS, table, meta).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);
    expect(read.worksheets.map((s) => s.name)).toEqual(['来源渠道统计']);
    const sheet = read.getWorksheet('来源渠道统计');
    if (!sheet) throw new Error('no sheet');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([meta.title]);
    expect(values(2)).toEqual(['来源渠道', '客户数', '成交金额（元）', '转化率']);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(values(3)).toEqual(['微信', 8519, 1234567.5, 0.228]);
    expect(sheet.getCell('C3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D3').numFmt).toBe('0.0%');
    expect(values(4)).toEqual(['其他, 含"展会"', 0, 0]);
    expect(values(5)).toEqual(['合计', 8519, 1234567.5, 0.228]);
    expect(sheet.rowCount).toBe(5);
  });

  it('names the file after the report, member and days, and the sheet within Excel’s rules', () => {
    expect(exportFileName('月度跟进统计', ['2026-11-01', '2026-11-30'], null, 'xlsx')).toBe(
      '月度跟进统计_2026-11-01_2026-11-30.xlsx',
    );
    expect(exportFileName('Receivables ageing', ['2026-12-01'], 'Li/Lei', 'csv')).toBe(
      'Receivables ageing_Li-Lei_2026-12-01.csv',
    );
    expect(sheetName('A/B: a very long report name that goes on')).toBe('A B  a very long report name th');
  });
});
