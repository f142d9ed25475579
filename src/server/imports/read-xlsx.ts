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

function worksheetName(worksheet: ExcelJS.stream.xlsx.WorksheetReader, index: number): string {
  const named = (worksheet as unknown as { name?: string }).name;
  return named || `Sheet${index + 1}`;
}

async function* sheetRows(path: string, wanted: number): AsyncIterable<SheetRow> {
  let index = 0;
  for await (const worksheet of reader(path)) {
    if (index++ !== wanted) continue;
    for await (const row of worksheet) {
      const values = row.values as ExcelValue[];
      // row.values is 1-based and sparse.
      const cells: CellValue[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
      yield { line: row.number, cells };
    }
    return;
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
