import { PassThrough, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import {
  DEFAULT_EXPORT_COLUMNS,
  EXPORT_COLUMNS,
  exportCell,
  type ExportColumn,
} from '../../domain/customer-export';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import type { Reader } from './customer-context';
import { ZCustomerListQuery, type TCustomerListQuery } from './customer-list';
import { allCustomerPages } from './customer-list.service';

export const ZCustomerExportQuery = ZCustomerListQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  /** Column keys in order, comma-separated (the list's visible columns); all by default. */
  columns: z.string().max(1000).optional(),
});
export type TCustomerExportQuery = z.infer<typeof ZCustomerExportQuery>;

const BOM = '\uFEFF';

function columnsOf(keys: string | undefined): ExportColumn[] {
  const wanted = keys
    ? keys
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : DEFAULT_EXPORT_COLUMNS;
  const columns = wanted.map((key) => EXPORT_COLUMNS.find((c) => c.key === key));
  if (!columns.length || columns.some((c) => !c))
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'querystring.columns', code: 'FIELD_REQUIRED' }],
    });
  return columns as ExportColumn[];
}

/**
 * A customer list (its filters, sort and columns) as a file, streamed page by page: a million rows never sit in
 * memory, and what a role may not see is masked as in the list. CSV carries a BOM so that Excel reads it as UTF-8.
 * Returns the stream to send; a failure part-way ends it with an error (the download breaks rather than lying).
 */
export function exportCustomers(
  db: DB,
  reader: Reader,
  query: TCustomerExportQuery,
  custom: Record<string, string>,
): { stream: PassThrough; contentType: string; extension: string } {
  const columns = columnsOf(query.columns);
  const { format, columns: _keys, ...list } = query;
  const out = new PassThrough();
  const pages = allCustomerPages(db, reader, { ...list, cursor: undefined } as TCustomerListQuery, custom);
  const headers = columns.map((c) => c.labels[reader.locale]);
  const rowsOf = (page: Parameters<typeof exportCell>[1][]) =>
    page.map((customer) => columns.map((c) => exportCell(c, customer)));
  const run =
    format === 'csv'
      ? writeCsv(out, headers, pages, rowsOf)
      : writeXlsx(out, reader.locale === 'en-US' ? 'Customers' : '客户', headers, columns, pages, rowsOf);
  run.catch((error: unknown) => out.destroy(error as Error));
  return format === 'csv'
    ? { stream: out, contentType: 'text/csv; charset=utf-8', extension: 'csv' }
    : {
        stream: out,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
}

type Pages = AsyncGenerator<Parameters<typeof exportCell>[1][]>;
type Rows = (page: Parameters<typeof exportCell>[1][]) => (string | number | null)[][];

async function writeCsv(out: Writable, headers: string[], pages: Pages, rowsOf: Rows) {
  const csv = stringify({ record_delimiter: 'windows' });
  csv.pipe(out);
  out.write(BOM);
  const write = async (row: unknown[]) => {
    if (!csv.write(row)) await new Promise<void>((resolve) => csv.once('drain', () => resolve()));
  };
  await write(headers);
  for await (const page of pages) for (const row of rowsOf(page)) await write(row);
  csv.end();
}

async function writeXlsx(
  out: Writable,
  sheetName: string,
  headers: string[],
  columns: ExportColumn[],
  pages: Pages,
  rowsOf: Rows,
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c, i) => ({
    key: c.key,
    width: Math.max(10, [...(headers[i] ?? '')].length * 2 + 2),
    ...(c.yuan && { style: { numFmt: '#,##0.00' } }),
  }));
  sheet.addRow(headers).commit();
  for await (const page of pages) for (const row of rowsOf(page)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
