import fs from 'node:fs/promises';
import path from 'node:path';
import type { TImportCheck, TImportDraft, TImportSettings } from '../../domain/import/import-batch';
import { findHeaderRow, headersAt, HEADER_SEARCH_ROWS } from '../../domain/import/header-row';
import { suggestMapping, type TImportKind } from '../../domain/import/import-fields';
import type { FileStore } from '../attachments/file-store';
import type { Reader } from '../customers/customer-context';
import { newId, nowIso, toJson } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { AppError } from '../http/errors';
import { checkRows } from './import-check';
import { openImportFile, type ImportFile } from './import-file';
import { findBatch, mayImport, serializeBatch, settingsOf, type ImportBatchRow } from './import-batches';
import { refuse } from './import-errors';
import { firstRows } from './import-rows';
import type { Sheet } from './sheet';
import { IMPORT_LIMITS } from './import-limits';

const PREVIEW_ROWS = HEADER_SEARCH_ROWS + 10;

/** imports/<workspace>/<batch>: ids only, never the person's file name. */
const storageKey = (workspaceId: string, id: string) => ['imports', workspaceId, id].join('/');
export const importPath = (files: FileStore, key: string) => path.join(files.root, ...key.split('/'));

/**
 * Keeps an uploaded file as a new batch and answers how Keyi would read it: its sheets, the first rows of the first
 * one, the header row found and the mapping suggested. A refused file is removed and nothing is kept.
 */
export async function uploadImport(
  db: DB,
  reader: Reader,
  files: FileStore,
  kind: TImportKind,
  upload: { tempPath: string; fileName: string },
): Promise<TImportDraft> {
  mayImport(reader, kind);
  const id = newId();
  const key = storageKey(reader.scope.workspaceId, id);
  const target = importPath(files, key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.rename(upload.tempPath, target);
  let file: ImportFile;
  try {
    file = await openImportFile(target, upload.fileName, IMPORT_LIMITS);
  } catch (error) {
    await fs.rm(target, { force: true });
    throw error;
  }
  const sheet = await sheetDraft(kind, file.sheets[0]!);
  const now = nowIso();
  await db
    .insertInto('import_batches')
    .values({
      ...newRecord(reader.scope, now),
      id,
      kind,
      file_name: upload.fileName,
      format: file.format,
      storage_key: key,
      ...settingsColumns({
        sheet: 0,
        headerRow: sheet.headerRow,
        mapping: sheet.mapping,
        valueMap: {},
        duplicates: 'skip',
      }),
      status: 'uploaded',
    })
    .execute();
  return draftAnswer(db, reader, id, file, sheet);
}

/** Another sheet of the file chosen: its rows, header row and mapping, saved on the batch. */
export async function chooseSheet(
  db: DB,
  reader: Reader,
  files: FileStore,
  id: string,
  index: number,
): Promise<TImportDraft> {
  const row = await uploadedBatch(db, reader, id);
  const file = await openBatchFile(files, row);
  const sheet = file.sheets[index];
  if (!sheet)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'sheet', code: 'FIELD_REQUIRED' }] });
  const draft = await sheetDraft(row.kind as TImportKind, sheet);
  await saveSettings(db, row, {
    ...settingsOf(row),
    sheet: index,
    headerRow: draft.headerRow,
    mapping: draft.mapping,
  });
  return draftAnswer(db, reader, id, file, draft);
}

async function draftAnswer(
  db: DB,
  reader: Reader,
  id: string,
  file: ImportFile,
  sheet: { rows: string[][]; headers: string[] },
): Promise<TImportDraft> {
  return {
    batch: await serializeBatch(db, reader, await findBatch(db, reader, id)),
    sheets: file.sheets.map((s) => ({ name: s.name })),
    rows: sheet.rows,
    headers: sheet.headers,
  };
}

async function sheetDraft(kind: TImportKind, sheet: Sheet) {
  const rows = await firstRows(sheet, PREVIEW_ROWS);
  const headerRow = findHeaderRow(kind, rows);
  const headers = headersAt(rows, headerRow);
  const mapping = suggestMapping(kind, headers, rows.slice(headerRow + 1));
  return { rows, headerRow, headers, mapping };
}

export async function openBatchFile(files: FileStore, row: ImportBatchRow): Promise<ImportFile> {
  return openImportFile(importPath(files, row.storage_key), row.file_name, IMPORT_LIMITS);
}

/** A batch not yet run: its settings may still change. */
export async function uploadedBatch(
  db: DB,
  reader: Reader,
  id: string,
  settings?: TImportSettings,
): Promise<ImportBatchRow> {
  const row = await findBatch(db, reader, id);
  if (row.status !== 'uploaded') throw new AppError('IMPORT_NOT_PENDING');
  // Follow-ups and deals change through their own flows (approval, stage history): a sheet does not overwrite them.
  if (settings?.duplicates === 'update' && row.kind !== 'customers')
    throw new AppError('IMPORT_UPDATE_CUSTOMERS_ONLY', {
      fields: [{ path: 'duplicates', code: 'IMPORT_UPDATE_CUSTOMERS_ONLY' }],
    });
  return row;
}

/** The batch's columns that hold the person's settings. */
export function settingsColumns(settings: TImportSettings) {
  return {
    sheet: settings.sheet,
    header_row: settings.headerRow,
    mapping: toJson(settings.mapping),
    value_map: toJson(settings.valueMap),
    duplicates: settings.duplicates,
  };
}

export async function saveSettings(db: DB, row: ImportBatchRow, settings: TImportSettings) {
  await db
    .updateTable('import_batches')
    .set({ ...settingsColumns(settings), updated_at: nowIso(), version: row.version + 1 })
    .where('id', '=', row.id)
    .execute();
}

/** Reads the whole file under the settings, writing nothing, and says what an import would meet; keeps the settings. */
export async function checkImport(
  db: DB,
  reader: Reader,
  files: FileStore,
  id: string,
  settings: TImportSettings,
): Promise<TImportCheck> {
  const row = await uploadedBatch(db, reader, id, settings);
  const file = await openBatchFile(files, row);
  const sheet = file.sheets[settings.sheet];
  if (!sheet)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'sheet', code: 'FIELD_REQUIRED' }] });
  const check = await checkRows(db, reader, row.id, row.kind as TImportKind, sheet, settings);
  if (check === 'tooMany') refuse('IMPORT_TOO_MANY_ROWS', row.file_name, IMPORT_LIMITS.rows);
  await saveSettings(db, row, settings);
  await db.updateTable('import_batches').set({ total_rows: check.totalRows }).where('id', '=', id).execute();
  return check;
}

/** Uploads not run within a day: a sheet of customers' personal data is not kept on disk for nothing. */
const UNRUN_KEPT_MS = 24 * 3600 * 1000;

/** Removes the files of imports uploaded but never run for a day and marks them expired; returns how many. */
export async function expireUnrunImports(db: DB, files: FileStore, now = Date.now()): Promise<number> {
  const stale = await db
    .selectFrom('import_batches')
    .select(['id', 'storage_key'])
    .where('status', '=', 'uploaded')
    .where('created_at', '<', new Date(now - UNRUN_KEPT_MS).toISOString())
    .execute();
  for (const batch of stale) {
    await fs.rm(importPath(files, batch.storage_key), { force: true });
    await db
      .updateTable('import_batches')
      .set({ status: 'expired', updated_at: nowIso() })
      .where('id', '=', batch.id)
      .where('status', '=', 'uploaded')
      .execute();
  }
  return stale.length;
}
