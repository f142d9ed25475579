import type { TImportBatch } from '../../domain/import/import-batch';
import type { TImportKind } from '../../domain/import/import-fields';
import type { Reader } from '../customers/customer-context';
import { encodeCustomerFields } from '../customers/customer.repository';
import type { CustomerFields } from '../customers/customer-input';
import { indexCustomers } from '../customers/customer-search';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { fromJson, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { withSavepoint } from '../db/transaction';
import { AppError } from '../http/errors';
import type { Before } from './customer-updates';
import { findBatch, serializeBatch } from './import-batches';
import { importHistory } from './import-records';
import type { RecordKind } from './record-kind';
import { isRecordKind, RECORD_KINDS } from './record-writer';

/** Records undone per transaction. */
const UNDO_CHUNK = 500;

/**
 * Undoes a finished import from the import history: the customers it created go to the recycle bin (restorable like
 * any deletion), the ones it updated get back what they held, unless someone changed them since (those are left as
 * they are; the history shows both changes). Runs a chunk at a time; a second run finds nothing left to do.
 */
export async function undoImport(db: DB, reader: Reader, id: string): Promise<TImportBatch> {
  const row = await findBatch(db, reader, id);
  if (row.status !== 'done') throw new AppError('BATCH_NOT_UNDOABLE');
  await undoBatch(db, reader, id);
  await db
    .updateTable('import_batches')
    .set({
      status: 'undone',
      undone_at: nowIso(),
      undone_by: reader.scope.userId || null,
      version: row.version + 1,
    })
    .where('id', '=', id)
    .execute();
  return serializeBatch(db, reader, await findBatch(db, reader, id));
}

/** What a batch wrote, taken back: also what a failed import runs before it says so. */
export async function undoBatch(db: DB, reader: Reader, batchId: string): Promise<void> {
  const batch = await db
    .selectFrom('import_batches')
    .select('kind')
    .where('id', '=', batchId)
    .executeTakeFirstOrThrow();
  const kind = batch.kind as TImportKind;
  if (isRecordKind(kind)) return undoRecords(db, reader, batchId, RECORD_KINDS[kind]);
  const { scope } = reader;
  for (let offset = 0; ; offset += UNDO_CHUNK) {
    const records = await batchRecords(db, batchId, CUSTOMER_ENTITY, offset);
    if (!records.length) return;
    await db.transaction().execute(async (trx) => {
      const now = nowIso();
      const created = records.filter((r) => r.action === 'created').map((r) => r.entity_id);
      if (created.length) {
        const binned = await trx
          .updateTable('customers')
          .set((eb) => ({
            deleted_at: now,
            deleted_by: scope.userId || null,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('id', 'in', created)
          .where('deleted_at', 'is', null)
          .returning('id')
          .execute();
        await importHistory(
          trx,
          { reader, batchId },
          binned.map((b) => b.id),
          'delete',
        );
      }
      for (const record of records.filter((r) => r.action === 'updated'))
        await restore(trx, reader, record.entity_id, fromJson<Before>(record.before), batchId, now);
    });
  }
}

/** A page of what a batch wrote of an entity. */
const batchRecords = (db: DB, batchId: string, entity: string, offset: number) =>
  db
    .selectFrom('import_records')
    .selectAll()
    .where('batch_id', '=', batchId)
    .where('entity', '=', entity)
    .orderBy('entity_id')
    .limit(UNDO_CHUNK)
    .offset(offset)
    .execute();

/**
 * Follow-ups, deals and project records go to the recycle bin through their module's delete (tasks, money and
 * the customer's figures follow); one already deleted, by hand or with its project, is left as it is.
 */
async function undoRecords(db: DB, reader: Reader, batchId: string, kind: RecordKind) {
  for (let offset = 0; ; offset += UNDO_CHUNK) {
    const records = await batchRecords(db, batchId, kind.entity, offset);
    if (!records.length) return;
    await db.transaction().execute(async (trx) => {
      for (const { entity_id: id } of records)
        await withSavepoint(trx, () => kind.remove(trx, reader, id)).catch((error: unknown) => {
          if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
        });
    });
  }
}

async function restore(trx: DB, reader: Reader, id: string, before: Before, batchId: string, now: string) {
  const restored = await trx
    .updateTable('customers')
    .set({
      ...encodeCustomerFields(trx, before.columns as CustomerFields),
      version: (before.last ?? before.version + 1) + 1,
      updated_at: now,
      updated_by: reader.scope.userId || null,
    })
    .where('id', '=', id)
    .where('version', '=', before.last ?? before.version + 1)
    .executeTakeFirst();
  if (!Number(restored.numUpdatedRows)) return;
  await trx.deleteFrom('customer_tags').where('customer_id', '=', id).execute();
  if (before.tags.length)
    await trx
      .insertInto('customer_tags')
      .values(before.tags.map((tag) => ({ workspace_id: reader.scope.workspaceId, customer_id: id, tag })))
      .execute();
  if (before.contactIds.length) {
    await trx
      .updateTable('contacts')
      .set({ deleted_at: now, deleted_by: reader.scope.userId || null, updated_at: now })
      .where('id', 'in', before.contactIds)
      .where('deleted_at', 'is', null)
      .execute();
    await indexCustomers(trx, [id]);
  }
  await importHistory(trx, { reader, batchId }, [id], 'importUndo');
}
