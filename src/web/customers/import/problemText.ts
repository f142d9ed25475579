import type { z } from 'zod';
import type { ZRowProblem } from '../../../domain/import/import-batch';
import type { TImportKind } from '../../../domain/import/import-fields';
import type { Messages } from '../../i18n/zh-CN';

/** A field of a kind of import by its name in the person's language. */
export const fieldLabel = (t: Messages, kind: TImportKind, key: string): string =>
  (kind === 'customers' ? t.imports.fields[key] : t.imports.recordFields[kind]?.[key]) ?? key;

/** A cell's problem in words: the column as the file names it, what the cell held, and what is wrong with it. */
export function problemText(
  t: Messages,
  kind: TImportKind,
  problem: z.infer<typeof ZRowProblem>,
  headers: string[],
): string {
  const column = problem.column !== null ? headers[problem.column] : undefined;
  const name = column || (problem.field ? fieldLabel(t, kind, problem.field) : '');
  // A duplicate's value is the id of the customer it matched: nothing a person reads.
  const cell = problem.code === 'duplicate' ? '' : (problem.value ?? '');
  const text = problem.error ? t.imports.rule(problem.error) : t.imports.problems[problem.code];
  return name ? t.imports.problemLine(name, cell, text) : text;
}
