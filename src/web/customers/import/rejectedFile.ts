import { stringify } from 'csv-stringify/browser/esm/sync';
import type { TImportKind } from '../../../domain/import/import-fields';
import type { TProblemRow } from '../../api/imports';
import type { Messages } from '../../i18n/zh-CN';
import { problemText } from './problemText';

const BOM = '\uFEFF';

/**
 * The rows an import did not bring in, as a CSV Excel opens right: the row number, the cells as the file had them
 * and the reasons, so the person fixes them in place and imports the file again.
 */
export function rejectedCsv(t: Messages, kind: TImportKind, rows: TProblemRow[], headers: string[]): string {
  const width = Math.max(headers.length, ...rows.map((r) => r.cells.length));
  const head = [t.imports.rejectedHeaders.line, ...Array.from({ length: width }, (_, i) => headers[i] ?? '')];
  const lines = rows.map((r) => [
    r.line,
    ...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
    r.problems.map((p) => problemText(t, kind, p, headers)).join(t.imports.separator),
  ]);
  return (
    BOM + stringify([[...head, t.imports.rejectedHeaders.reasons], ...lines], { record_delimiter: 'windows' })
  );
}
