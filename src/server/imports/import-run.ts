import fs from 'node:fs/promises';
import type { TImportBatch, TImportSettings } from '../../domain/import/import-batch';
import type { TImportKind } from '../../domain/import/import-fields';
import type { FileStore } from '../attachments/file-store';
import type { Reader } from '../customers/customer-context';
import { nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { AppError, storedFailure } from '../http/errors';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { writeCustomers, type Rejection, type WriteContext, type WriteOutcome } from './customer-writer';
import { findBatch, serializeBatch } from './import-batches';
import { draftChunks, plainCell, recordChunks } from './import-check';
import { isRecordKind, recordWriteContext, writeRecords, type RECORD_KINDS } from './record-writer';
import type { Sheet } from './sheet';
import { refuse } from './import-errors';
import { IMPORT_LIMITS, IMPORT_WRITE } from './import-limits';
import { undoBatch } from './import-undo';
import { importPath, openBatchFile, settingsColumns, uploadedBatch } from './import.service';

/** Imports still running in this process, so that a test (or a shutdown) can wait for one. */
const running = new Map<string, Promise<void>>();

export const importFinished = (id: string) => running.get(id) ?? Promise.resolve();

/**
 * Starts the import of a checked batch: it runs in the background, IMPORT_WRITE.transactionRows rows a transaction
 * (other people keep working between them; the batch's counters are its progress). A transaction that fails undoes
 * what the batch wrote before it: an import lands whole or not at all.
 */
export async function startImport(
  db: DB,
  reader: Reader,
  files: FileStore,
  id: string,
  settings: TImportSettings,
): Promise<TImportBatch> {
  const row = await uploadedBatch(db, reader, id, settings);
  const claimed = await db
    .updateTable('import_batches')
    .set({
      status: 'running',
      ...settingsColumns(settings),
      updated_at: nowIso(),
      version: row.version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', row.version)
    .where('status', '=', 'uploaded')
    .executeTakeFirst();
  if (!Number(claimed.numUpdatedRows)) throw new AppError('VERSION_CONFLICT');
  const job = runImport(db, reader, files, id, settings).finally(() => running.delete(id));
  running.set(id, job);
  return serializeBatch(db, reader, await findBatch(db, reader, id));
}

async function runImport(db: DB, reader: Reader, files: FileStore, id: string, settings: TImportSettings) {
  const row = await findBatch(db, reader, id);
  try {
    const file = await openBatchFile(files, row);
    const sheet = file.sheets[settings.sheet];
    if (!sheet) throw new AppError('NOT_FOUND');
    const kind = row.kind as TImportKind;
    const chunks = isRecordKind(kind)
      ? recordRun(db, reader, id, kind, sheet, settings)
      : customerRun(db, reader, id, sheet, settings);
    for await (const group of transactions(chunks)) {
      if (group === 'tooMany') refuse('IMPORT_TOO_MANY_ROWS', row.file_name, IMPORT_LIMITS.rows);
      await db.transaction().execute(async (trx) => {
        for (const chunk of group) await writeChunk(trx, id, chunk);
      });
      // The event loop serves other requests between transactions.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await db
      .updateTable('import_batches')
      .set((eb) => ({ status: 'done', finished_at: nowIso(), total_rows: eb.ref('done_rows') }))
      .where('id', '=', id)
      .execute();
  } catch (error) {
    await undoBatch(db, reader, id);
    // Nothing of it is left, so its counts say nothing was imported (the history showed "1,000 created" beside 失败).
    await db
      .updateTable('import_batches')
      .set({
        status: 'failed',
        created_count: 0,
        updated_count: 0,
        skipped_count: 0,
        rejected_count: 0,
        error: storedFailure(error),
        finished_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
  } finally {
    // The file has served: what the report needs (the rows left out, with their cells) is in the database.
    await fs.rm(importPath(files, row.storage_key), { force: true });
  }
}

/** A chunk to write in its own transaction: its rows, those refused on reading, and how to write the rest. */
interface RunChunk {
  rows: number;
  refused: Rejection[];
  write(trx: DB): Promise<WriteOutcome>;
}

/** The chunks of a sheet in groups of IMPORT_WRITE.transactionRows rows, each group one transaction. */
async function* transactions(
  chunks: AsyncIterable<RunChunk | 'tooMany'>,
): AsyncGenerator<RunChunk[] | 'tooMany'> {
  let group: RunChunk[] = [];
  let rows = 0;
  for await (const chunk of chunks) {
    if (chunk === 'tooMany') {
      // Past the row limit nothing more is written, and what was is undone.
      yield chunk;
      return;
    }
    group.push(chunk);
    if ((rows += chunk.rows) >= IMPORT_WRITE.transactionRows) {
      yield group;
      group = [];
      rows = 0;
    }
  }
  if (group.length) yield group;
}

/** A chunk written, its rows left out kept for the report, and the batch's counters (its progress) moved on. */
async function writeChunk(trx: DB, batchId: string, chunk: RunChunk) {
  const outcome = await chunk.write(trx);
  const rejected = [...chunk.refused, ...outcome.rejected];
  await keepRejections(trx, batchId, [...rejected, ...outcome.skipped]);
  await trx
    .updateTable('import_batches')
    .set((eb) => ({
      done_rows: eb('done_rows', '+', chunk.rows),
      created_count: eb('created_count', '+', outcome.created),
      updated_count: eb('updated_count', '+', outcome.updated),
      skipped_count: eb('skipped_count', '+', outcome.skipped.length),
      rejected_count: eb('rejected_count', '+', rejected.length),
    }))
    .where('id', '=', batchId)
    .execute();
}

async function* customerRun(
  db: DB,
  reader: Reader,
  batchId: string,
  sheet: Sheet,
  settings: TImportSettings,
): AsyncGenerator<RunChunk | 'tooMany'> {
  const [dicts, workspace] = await Promise.all([
    loadDictionaries(db, reader.scope),
    loadWorkspaceSettings(db, reader.scope.workspaceId),
  ]);
  const ctx: WriteContext = {
    reader,
    batchId,
    policy: settings.duplicates,
    settings: workspace,
    dicts,
    seen: new Map(),
    created: new Set(),
    updated: new Map(),
  };
  for await (const chunk of draftChunks(db, reader, sheet, settings))
    yield chunk === 'tooMany'
      ? chunk
      : {
          rows: chunk.drafts.length + chunk.refused.length,
          refused: chunk.refused,
          write: (trx) => writeCustomers(trx, ctx, chunk.drafts),
        };
}

async function* recordRun(
  db: DB,
  reader: Reader,
  batchId: string,
  kind: keyof typeof RECORD_KINDS,
  sheet: Sheet,
  settings: TImportSettings,
): AsyncGenerator<RunChunk | 'tooMany'> {
  const ctx = await recordWriteContext(db, reader, batchId, settings);
  for await (const chunk of recordChunks(db, reader, kind, sheet, settings, ctx.timeZone))
    yield chunk === 'tooMany'
      ? chunk
      : {
          rows: chunk.rows.length + chunk.refused.length,
          refused: chunk.refused,
          write: (trx) => writeRecords(trx, ctx, kind, chunk.rows),
        };
}

/** The rows refused or skipped, with their cells and reasons, for the result report and its download. */
async function keepRejections(trx: DB, batchId: string, rows: Rejection[]) {
  for (let i = 0; i < rows.length; i += 300)
    await trx
      .insertInto('import_rejections')
      .values(
        rows.slice(i, i + 300).map((r) => ({
          batch_id: batchId,
          line: r.line,
          cells: toJson(r.cells.map(plainCell)),
          problems: toJson(r.problems),
        })),
      )
      .execute();
}
