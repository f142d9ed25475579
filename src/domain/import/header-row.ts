import type { CellValue } from './import-dates';
import { IMPORT_FIELDS, type TImportKind } from './import-fields';
import { matchHeader } from './import-headers';
import { cellText } from './import-rows';

/** Rows searched for the header: a title, a note and a blank line above it are common; twenty is plenty. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The headers of row `index`, a blank cell taking the text of the cell above it: a header merged over two rows
 * (客户名称 over A2:A3, with 联系方式 split into 电话 and 邮箱 below) leaves its lower cell blank.
 */
export function headersAt(rows: readonly (readonly CellValue[])[], index: number): string[] {
  const row = rows[index] ?? [];
  const above = index > 0 ? (rows[index - 1] ?? []) : [];
  const width = Math.max(row.length, above.length);
  return Array.from({ length: width }, (_, i) => cellText(row[i] ?? null) || cellText(above[i] ?? null));
}

/**
 * Which of the first rows holds the headers: the one whose headers name the most fields of the kind, the first such
 * on a tie; with no header known at all, the first row with two filled cells.
 */
export function findHeaderRow(kind: TImportKind, rows: readonly (readonly CellValue[])[]): number {
  const names = IMPORT_FIELDS[kind].map((field) => [field.key, field.headers] as const);
  let best = { index: -1, known: 0 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((_, index) => {
    const fields = new Set(headersAt(rows, index).map((h) => matchHeader(h, names)));
    fields.delete(null);
    if (fields.size > best.known) best = { index, known: fields.size };
  });
  if (best.index >= 0) return best.index;
  const filled = rows.findIndex((row) => row.filter((cell) => cellText(cell) !== '').length >= 2);
  return Math.max(filled, 0);
}
