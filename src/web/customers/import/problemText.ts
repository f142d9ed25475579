import type { z } from 'zod';
import type { ZRowProblem } from '../../../domain/import/import-batch';
import type { Messages } from '../../i18n/zh-CN';

/** A cell's problem in words: the column as the file names it, what the cell held, and what is wrong with it. */
export function problemText(t: Messages, problem: z.infer<typeof ZRowProblem>, headers: string[]): string {
  const column = problem.column !== null ? headers[problem.column] : undefined;
  const name = column || t.imports.fields[problem.field] || problem.field;
  // A duplicate's value is the id of the customer it matched: nothing a person reads.
  const cell = problem.code === 'duplicate' ? '' : (problem.value ?? '');
  return t.imports.problemLine(name, cell, t.imports.problems[problem.code]);
}
