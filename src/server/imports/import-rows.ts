import type { TImportSettings } from '../../domain/import/import-batch';
import type { TImportKind } from '../../domain/import/import-fields';
import {
  cellText,
  isBlankRow,
  readRow,
  type ReadRow,
  type RowLookups,
} from '../../domain/import/import-rows';
import type { CellValue } from '../../domain/import/import-dates';
import type { Sheet } from './sheet';

export interface SheetDataRow {
  line: number;
  cells: CellValue[];
  read: ReadRow;
}

/**
 * The data rows of a sheet under the person's settings: those after the header row whose mapped cells are not all
 * blank (a numbered template line with nothing in it is no row), each read through the mapping. Past `maxRows` it
 * stops with `tooMany` (the caller refuses the file).
 */
export async function* dataRows(
  kind: TImportKind,
  sheet: Sheet,
  settings: Pick<TImportSettings, 'headerRow' | 'mapping'>,
  lookups: RowLookups,
  maxRows: number,
): AsyncGenerator<SheetDataRow | 'tooMany'> {
  let index = -1;
  let count = 0;
  const mapped = settings.mapping.flatMap((field, column) => (field ? [column] : []));
  for await (const { line, cells } of sheet.rows()) {
    index++;
    if (index <= settings.headerRow) continue;
    if (isBlankRow(mapped.map((column) => cells[column] ?? null))) continue;
    if (++count > maxRows) {
      yield 'tooMany';
      return;
    }
    yield { line, cells, read: readRow(kind, settings.mapping, cells, lookups) };
  }
}

/** The first rows of a sheet as text, for the wizard's preview. */
export async function firstRows(sheet: Sheet, count: number): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const { cells } of sheet.rows()) {
    rows.push(cells.map(cellText));
    if (rows.length >= count) break;
  }
  return rows;
}
