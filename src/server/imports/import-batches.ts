import { ZImportSettings, type TImportBatch, type TImportSettings } from '../../domain/import/import-batch';
import type { TImportKind } from '../../domain/import/import-fields';
import type { Action } from '../../domain/permissions';
import type { Reader } from '../customers/customer-context';
import { userNames } from '../customers/customer.repository';
import { fromJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { AppError, failureMessage } from '../http/errors';
import { can } from '../http/policy';
import type { ImportBatchTable } from './import.table';
import type { Selectable } from 'kysely';

export type ImportBatchRow = Selectable<ImportBatchTable>;

/** A batch the caller may see: a sales member their own imports, anyone else every import of the workspace. */
export async function findBatch(db: DB, reader: Reader, id: string): Promise<ImportBatchRow> {
  let q = db
    .selectFrom('import_batches')
    .selectAll()
    .where('workspace_id', '=', reader.scope.workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null);
  if (reader.scope.ownOnly) q = q.where('created_by', '=', reader.scope.userId);
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  mayImport(reader, row.kind as TImportKind);
  return row;
}

/** Who may write a kind of record may import it: follow-ups, deals, projects, milestones, payments. */
const IMPORT_PERMISSIONS: Record<TImportKind, Action> = {
  customers: 'customers.write',
  followUps: 'followUps.write',
  deals: 'deals.write',
  projects: 'projects.write',
  milestones: 'milestones.write',
  installments: 'payments.write',
};

export function mayImport(reader: Reader, kind: TImportKind): void {
  if (!can(reader.actor, IMPORT_PERMISSIONS[kind])) throw new AppError('FORBIDDEN');
}

export function settingsOf(row: ImportBatchRow): TImportSettings {
  return ZImportSettings.parse({
    sheet: row.sheet,
    headerRow: row.header_row,
    mapping: fromJson(row.mapping),
    valueMap: fromJson(row.value_map),
    duplicates: row.duplicates,
  });
}

export async function serializeBatches(
  db: DB,
  reader: Reader,
  rows: ImportBatchRow[],
): Promise<TImportBatch[]> {
  const names = await userNames(
    db,
    reader.scope.workspaceId,
    rows.map((r) => r.created_by).filter((id): id is string => !!id),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as TImportBatch['kind'],
    fileName: row.file_name,
    format: row.format as TImportBatch['format'],
    status: row.status as TImportBatch['status'],
    settings: settingsOf(row),
    totalRows: row.total_rows,
    doneRows: row.done_rows,
    created: row.created_count,
    updated: row.updated_count,
    skipped: row.skipped_count,
    rejected: row.rejected_count,
    error: row.error === null ? null : failureMessage(row.error, reader.locale),
    createdAt: row.created_at,
    createdBy: row.created_by ? { id: row.created_by, name: names.get(row.created_by) ?? '' } : null,
    finishedAt: row.finished_at,
    undoneAt: row.undone_at,
    version: row.version,
  }));
}

export async function serializeBatch(db: DB, reader: Reader, row: ImportBatchRow): Promise<TImportBatch> {
  const [batch] = await serializeBatches(db, reader, [row]);
  return batch!;
}

/** The import history: newest first, a sales member's own. */
export async function listBatches(db: DB, reader: Reader, kind?: TImportKind): Promise<TImportBatch[]> {
  let q = db
    .selectFrom('import_batches')
    .selectAll()
    .where('workspace_id', '=', reader.scope.workspaceId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(100);
  if (reader.scope.ownOnly) q = q.where('created_by', '=', reader.scope.userId);
  if (kind) q = q.where('kind', '=', kind);
  return serializeBatches(db, reader, await q.execute());
}
