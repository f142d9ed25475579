import type * as ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { columnTitle, type Cell, type CellKind, type ReportTable } from '../reportTable';

/** What a sheet says about itself besides the table: its name, the period and member line, the unit of money. */
export interface ExportMeta {
  /** The report's name: the sheet's name and the start of the file name. */
  name: string;
  /** The line above the header: period and member. */
  title: string;
  /** Added to money headers, whose cells are plain numbers of 元: 成交金额（元）. */
  yuanSuffix: string;
}

export type ExcelJSModule = typeof ExcelJS;

/** The byte order mark that makes Excel (as set up in China) read a CSV as UTF-8 rather than GBK. */
export const BOM = '\uFEFF';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A cell as a number a spreadsheet can sum: 元 with two decimals, a share rounded as the screen shows it. */
export function exportValue(kind: CellKind, value: Cell): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'yuan') return round(value / 100, 2);
  if (kind === 'rate') return round(value, 3);
  return value;
}

/** Header cells: money headers carry the unit, since their cells no longer do. */
export function exportHeaders(table: ReportTable, meta: ExportMeta): string[] {
  return table.columns.map((c) => columnTitle(c, meta.yuanSuffix));
}

/** The header and the rows of the table as CSV text; amounts as 1234.50, rates as 22.8%. */
export function toCsv(table: ReportTable, meta: ExportMeta): string {
  const rows = table.rows.map((row) =>
    row.cells.map((cell, i) => {
      const kind = table.columns[i]?.kind ?? 'text';
      const value = exportValue(kind, cell);
      if (typeof value !== 'number') return value ?? '';
      if (kind === 'yuan') return value.toFixed(2);
      if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
      return String(value);
    }),
  );
  return BOM + stringify([exportHeaders(table, meta), ...rows], { record_delimiter: 'windows' });
}

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = { yuan: '#,##0.00', rate: '0.0%' };

/** A sheet's name may not hold \ / ? * [ ] : and has at most 31 characters. */
export const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** One sheet named after the report: the period and member line, the bold header, then the rows. */
export function buildWorkbook(excel: ExcelJSModule, table: ReportTable, meta: ExportMeta): ExcelJS.Workbook {
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName(meta.name));
  sheet.addRow([meta.title]).font = { bold: true, size: 12 };
  sheet.addRow(exportHeaders(table, meta)).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(
      row.cells.map((cell, i) => exportValue(table.columns[i]?.kind ?? 'text', cell)),
    );
    if (row.total) added.font = { bold: true };
  }
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const format = NUMBER_FORMATS[column.kind];
    // From the header row down: the title above spans the columns and must stay text.
    if (format) sheetColumn.eachCell((cell, rowNumber) => void (rowNumber > 2 && (cell.numFmt = format)));
    // Chinese characters are about twice as wide as the digits Excel measures columns in.
    sheetColumn.width = Math.max(
      10,
      [...column.title].reduce((w, ch) => w + (ch > '\u2e80' ? 2 : 1), 4),
    );
  });
  return workbook;
}

/** `月度跟进统计_2026-11-01_2026-11-30.xlsx`; a member's numbers carry their name. */
export function exportFileName(name: string, days: string[], member: string | null, ext: 'xlsx' | 'csv') {
  return `${[name, member, ...days]
    .filter(Boolean)
    .join('_')
    .replace(/[\\/:*?"<>|]/g, '-')}.${ext}`;
}
