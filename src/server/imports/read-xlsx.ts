import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/import/import-dates';
import type { Sheet, SheetRow } from './sheet';

type ExcelValue = ExcelJS.CellValue | undefined;

/**
 * The worksheets of an .xlsx, streamed (ExcelJS's reader: one row at a time; shared strings and styles kept, the
 * styles so that dates come as dates). A sheet's rows come from a fresh read of the file, as the reader goes through
 * the worksheets in order.
 */
export async function xlsxSheets(path: string): Promise<Sheet[]> {
  const names: string[] = [];
  for await (const worksheet of reader(path)) {
    // The names come with the workbook part; a worksheet whose rows are not asked for is skipped unparsed.
    names.push(worksheetName(worksheet, names.length));
    skip(worksheet);
  }
  return names.map((name, index) => ({ name, rows: () => sheetRows(path, index) }));
}

const reader = (path: string) =>
  new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });

/**
 * A worksheet stored before the shared strings comes from a temporary file that the reader deletes as soon as the
 * next worksheet is asked for, often before the file stream it made has opened: that stream's ENOENT would be an
 * unhandled error, and a stream left unread holds its descriptor. Such a skipped worksheet's stream is closed here.
 */
function skip(worksheet: ExcelJS.stream.xlsx.WorksheetReader) {
  if (fromTempFile(worksheet)) worksheet.iterator.on('error', () => {}).destroy();
}

const fromTempFile = (
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
): worksheet is ExcelJS.stream.xlsx.WorksheetReader & { iterator: Readable } =>
  (worksheet as unknown as { iterator?: unknown }).iterator instanceof Readable;

function worksheetName(worksheet: ExcelJS.stream.xlsx.WorksheetReader, index: number): string {
  const named = (worksheet as unknown as { name?: string }).name;
  return named || `Sheet${index + 1}`;
}

async function* sheetRows(path: string, wanted: number): AsyncIterable<SheetRow> {
  const worksheets = reader(path)[Symbol.asyncIterator]();
  let current: ExcelJS.stream.xlsx.WorksheetReader | undefined;
  try {
    for (let index = 0; ; index++) {
      const next = await worksheets.next();
      if (next.done) return;
      if (index !== wanted) {
        skip(next.value);
        continue;
      }
      current = next.value;
      for await (const row of current) {
        const values = row.values as ExcelValue[];
        // row.values is 1-based and sparse.
        const cells: CellValue[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
        yield { line: row.number, cells };
      }
      return;
    }
  } finally {
    if (current && fromTempFile(current)) {
      // The worksheets after this one wait in temporary files too; the reader deletes each as it goes past it (one
      // dropped midway, as a preview does, would keep them until the process exits).
      skip(current);
      for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) skip(next.value);
    }
  }
}

/** A cell as the import reads it: formulas by their result, rich text and links by their text, errors as empty. */
export function cellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result as ExcelValue);
  if ('text' in value)
    return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelValue);
  return null;
}
