import type { TImportCheck, TImportSettings } from '../../domain/import/import-batch';
import type { CellValue } from '../../domain/import/import-dates';
import { IMPORT_FIELDS, type TImportKind } from '../../domain/import/import-fields';
import { splitList, type RowProblem } from '../../domain/import/import-rows';
import type { TDictionary } from '../../domain/dictionaries';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { rolledBack } from '../db/transaction';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { draftCustomer, type CustomerDraft } from './customer-drafts';
import { existingMatches, keysOf } from './customer-matches';
import { importLookups } from './import-lookups';
import { dataRows, type SheetDataRow } from './import-rows';
import { IMPORT_LIMITS } from './import-limits';
import {
  isRecordKind,
  recordWriteContext,
  writeRecords,
  type RECORD_KINDS,
  type RecordRow,
} from './record-writer';
import type { Sheet } from './sheet';

/** Rows checked against the workspace at a time. */
export const CHUNK = 1_000;
const SHOWN_PROBLEMS = 100;

type Refused = { line: number; cells: CellValue[]; problems: RowProblem[] };

/** The data rows of a sheet read through the mapping, in chunks; 'tooMany' past the row limit. */
async function* rowChunks(
  db: DB,
  reader: Reader,
  kind: TImportKind,
  sheet: Sheet,
  settings: TImportSettings,
  dicts: Dictionaries,
  timeZone: string,
): AsyncGenerator<SheetDataRow[] | 'tooMany'> {
  const lookups = await importLookups(db, reader, dicts, settings, timeZone);
  let chunk: SheetDataRow[] = [];
  for await (const row of dataRows(kind, sheet, settings, lookups, IMPORT_LIMITS.rows)) {
    if (row === 'tooMany') {
      yield 'tooMany';
      return;
    }
    if (chunk.push(row) >= CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** The customer drafts of a sheet in chunks, each row either a draft or its problems. */
export async function* draftChunks(
  db: DB,
  reader: Reader,
  sheet: Sheet,
  settings: TImportSettings,
): AsyncGenerator<{ drafts: CustomerDraft[]; refused: Refused[] } | 'tooMany'> {
  const [dicts, workspace] = await Promise.all([
    loadDictionaries(db, reader.scope),
    loadWorkspaceSettings(db, reader.scope.workspaceId),
  ]);
  for await (const rows of rowChunks(db, reader, 'customers', sheet, settings, dicts, workspace.timeZone)) {
    if (rows === 'tooMany') {
      yield rows;
      return;
    }
    const chunk = { drafts: [] as CustomerDraft[], refused: [] as Refused[] };
    for (const row of rows) {
      const { draft, problems } = draftCustomer(row.line, row.cells, row.read, settings.mapping, {
        dicts,
        settings: workspace,
      });
      if (draft) chunk.drafts.push(draft);
      else chunk.refused.push({ line: row.line, cells: row.cells, problems });
    }
    yield chunk;
  }
}

/** The rows of a follow-up, deal or project sheet in chunks: read (to be written) or refused with their problems. */
export async function* recordChunks(
  db: DB,
  reader: Reader,
  kind: TImportKind,
  sheet: Sheet,
  settings: TImportSettings,
  timeZone: string,
): AsyncGenerator<{ rows: RecordRow[]; refused: Refused[] } | 'tooMany'> {
  const dicts = await loadDictionaries(db, reader.scope);
  for await (const rows of rowChunks(db, reader, kind, sheet, settings, dicts, timeZone)) {
    if (rows === 'tooMany') {
      yield rows;
      return;
    }
    yield {
      rows: rows.flatMap((r) =>
        r.read.problems.length ? [] : [{ line: r.line, cells: r.cells, values: r.read.values }],
      ),
      refused: rows.flatMap((r) =>
        r.read.problems.length ? [{ line: r.line, cells: r.cells, problems: r.read.problems }] : [],
      ),
    };
  }
}

/** A chunk as a check counts it. */
interface CheckedChunk {
  total: number;
  ready: number;
  refused: Refused[];
  duplicates: TImportCheck['duplicates'];
}

/** What importing the sheet would meet, counted over every row without writing. */
export async function checkRows(
  db: DB,
  reader: Reader,
  batchId: string,
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
  const chunks = isRecordKind(kind)
    ? checkedRecords(db, reader, batchId, kind, sheet, settings)
    : checkedCustomers(db, reader, sheet, settings);
  for await (const chunk of chunks) {
    if (chunk === 'tooMany') return 'tooMany';
    check.totalRows += chunk.total;
    check.readyRows += chunk.ready;
    check.problemRows += chunk.refused.length;
    check.duplicates.existing += chunk.duplicates.existing;
    check.duplicates.inFile += chunk.duplicates.inFile;
    for (const row of chunk.refused) {
      if (check.problems.length < SHOWN_PROBLEMS)
        check.problems.push({ line: row.line, cells: row.cells.map(plainCell), problems: row.problems });
      for (const problem of row.problems) countUnknown(kind, dicts, settings, problem, unknown);
    }
  }
  check.unknownValues = [...unknown.values()].sort((a, b) => b.rows - a.rows);
  return check;
}

async function* checkedCustomers(
  db: DB,
  reader: Reader,
  sheet: Sheet,
  settings: TImportSettings,
): AsyncGenerator<CheckedChunk | 'tooMany'> {
  const seen = new Set<string>();
  for await (const chunk of draftChunks(db, reader, sheet, settings)) {
    if (chunk === 'tooMany') {
      yield chunk;
      return;
    }
    const duplicates = { existing: 0, inFile: 0 };
    const existing = await existingMatches(db, reader.scope.workspaceId, chunk.drafts);
    for (const draft of chunk.drafts) {
      const keys = keysOf(draft);
      if (keys.some((key) => existing.has(key))) duplicates.existing++;
      else if (keys.some((key) => seen.has(key))) duplicates.inFile++;
      for (const key of keys) seen.add(key);
    }
    const total = chunk.drafts.length + chunk.refused.length;
    yield { total, ready: chunk.drafts.length, refused: chunk.refused, duplicates };
  }
}

/**
 * A follow-up, deal or project sheet is checked by writing it, each chunk in a transaction rolled back after: the
 * modules' own rules (a won stage that needs approval, a project's installments) answer as they will on the run.
 */
async function* checkedRecords(
  db: DB,
  reader: Reader,
  batchId: string,
  kind: keyof typeof RECORD_KINDS,
  sheet: Sheet,
  settings: TImportSettings,
): AsyncGenerator<CheckedChunk | 'tooMany'> {
  const ctx = await recordWriteContext(db, reader, batchId, settings);
  for await (const chunk of recordChunks(db, reader, kind, sheet, settings, ctx.timeZone)) {
    if (chunk === 'tooMany') {
      yield chunk;
      return;
    }
    const outcome = await rolledBack(db, (trx) => writeRecords(trx, ctx, kind, chunk.rows));
    yield {
      total: chunk.rows.length + chunk.refused.length,
      ready: chunk.rows.length - outcome.rejected.length,
      refused: [...chunk.refused, ...outcome.rejected],
      duplicates: outcome.duplicates,
    };
  }
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
