import type { TImportCheck, TImportSettings } from '../../domain/import/import-batch';
import { IMPORT_FIELDS, type TImportKind } from '../../domain/import/import-fields';
import { splitList, type RowProblem } from '../../domain/import/import-rows';
import type { TDictionary } from '../../domain/dictionaries';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { draftCustomer, type CustomerDraft } from './customer-drafts';
import { existingMatches, keysOf } from './customer-matches';
import { importLookups } from './import-lookups';
import { dataRows } from './import-rows';
import { IMPORT_LIMITS } from './import-limits';
import type { Sheet } from './sheet';

/** Rows checked against the workspace at a time. */
export const CHUNK = 1_000;
const SHOWN_PROBLEMS = 100;

/** The drafts of a sheet in chunks, each row either a draft or its problems; 'tooMany' past the row limit. */
export async function* draftChunks(
  db: DB,
  reader: Reader,
  kind: TImportKind,
  sheet: Sheet,
  settings: TImportSettings,
): AsyncGenerator<
  | {
      drafts: CustomerDraft[];
      refused: { line: number; cells: CustomerDraft['cells']; problems: RowProblem[] }[];
    }
  | 'tooMany'
> {
  const [dicts, workspace] = await Promise.all([
    loadDictionaries(db, reader.scope),
    loadWorkspaceSettings(db, reader.scope.workspaceId),
  ]);
  const lookups = await importLookups(db, reader, dicts, settings, workspace.timeZone);
  let chunk = {
    drafts: [] as CustomerDraft[],
    refused: [] as { line: number; cells: CustomerDraft['cells']; problems: RowProblem[] }[],
  };
  let size = 0;
  for await (const row of dataRows(kind, sheet, settings, lookups, IMPORT_LIMITS.rows)) {
    if (row === 'tooMany') {
      yield 'tooMany';
      return;
    }
    const { draft, problems } = draftCustomer(row.line, row.cells, row.read, settings.mapping, {
      dicts,
      settings: workspace,
    });
    if (draft) chunk.drafts.push(draft);
    else chunk.refused.push({ line: row.line, cells: row.cells, problems });
    if (++size >= CHUNK) {
      yield chunk;
      chunk = { drafts: [], refused: [] };
      size = 0;
    }
  }
  if (size) yield chunk;
}

/** What importing the sheet would meet, counted over every row without writing. */
export async function checkRows(
  db: DB,
  reader: Reader,
  kind: TImportKind,
  sheet: Sheet,
  settings: TImportSettings,
): Promise<TImportCheck | 'tooMany'> {
  const dicts = await loadDictionaries(db, reader.scope);
  const check: TImportCheck = {
    totalRows: 0,
    readyRows: 0,
    problemRows: 0,
    problems: [],
    unknownValues: [],
    duplicates: { existing: 0, inFile: 0 },
  };
  const unknown = new Map<string, { field: string; dictionary: TDictionary; label: string; rows: number }>();
  const seen = new Set<string>();
  for await (const chunk of draftChunks(db, reader, kind, sheet, settings)) {
    if (chunk === 'tooMany') return 'tooMany';
    check.totalRows += chunk.drafts.length + chunk.refused.length;
    check.readyRows += chunk.drafts.length;
    check.problemRows += chunk.refused.length;
    for (const row of chunk.refused) {
      if (check.problems.length < SHOWN_PROBLEMS)
        check.problems.push({ line: row.line, cells: row.cells.map(plainCell), problems: row.problems });
      for (const problem of row.problems) countUnknown(kind, dicts, settings, problem, unknown);
    }
    const existing = await existingMatches(db, reader.scope.workspaceId, chunk.drafts);
    for (const draft of chunk.drafts) {
      const keys = keysOf(draft);
      if (keys.some((key) => existing.has(key))) check.duplicates.existing++;
      else if (keys.some((key) => seen.has(key))) check.duplicates.inFile++;
      for (const key of keys) seen.add(key);
    }
  }
  check.unknownValues = [...unknown.values()].sort((a, b) => b.rows - a.rows);
  return check;
}

/** A cell as JSON carries it: dates as their day. */
export const plainCell = (cell: CustomerDraft['cells'][number]) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;

/** An unknown dictionary value, counted once per row under its label (a tags cell: each label no entry names). */
function countUnknown(
  kind: TImportKind,
  dicts: Dictionaries,
  settings: TImportSettings,
  problem: RowProblem,
  unknown: Map<string, { field: string; dictionary: TDictionary; label: string; rows: number }>,
) {
  if (problem.code !== 'unknownValue' || !problem.value) return;
  const field = IMPORT_FIELDS[kind].find((f) => f.key === problem.field);
  const dictionary = field?.type === 'tags' ? 'tag' : field?.dictionary;
  if (!field || !dictionary) return;
  const labels = field.type === 'tags' ? splitList(problem.value) : [problem.value];
  for (const label of labels) {
    if (dicts.resolve(dictionary, settings.valueMap[dictionary]?.[label] ?? label)) continue;
    const key = `${field.key}\u0000${label}`;
    const entry = unknown.get(key) ?? { field: field.key, dictionary, label, rows: 0 };
    entry.rows++;
    unknown.set(key, entry);
  }
}
