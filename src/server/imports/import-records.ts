import type { Reader } from '../customers/customer-context';
import { scopeCustomers } from '../customers/customer-list';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { newId, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';

/** What the batch did to each customer (for undo) and a line in each customer's history. */
export async function recordImported(
  trx: DB,
  ctx: { reader: Reader; batchId: string },
  records: { id: string; action: 'created' | 'updated'; before: unknown }[],
) {
  await keepRecords(trx, ctx.batchId, CUSTOMER_ENTITY, records);
  for (const action of ['created', 'updated'] as const) {
    const ids = records.filter((r) => r.action === action).map((r) => r.id);
    await importHistory(trx, ctx, ids, action === 'created' ? 'import' : 'importUpdate');
  }
}

/** What the batch did to each record of an entity: what its undo takes back. */
export async function keepRecords(
  trx: DB,
  batchId: string,
  entity: string,
  records: readonly { id: string; action: 'created' | 'updated'; before: unknown }[],
) {
  for (let i = 0; i < records.length; i += 500)
    await trx
      .insertInto('import_records')
      .values(
        records.slice(i, i + 500).map((r) => ({
          batch_id: batchId,
          entity,
          entity_id: r.id,
          action: r.action,
          before: r.before === null ? null : toJson(r.before),
        })),
      )
      .execute();
}

/** What a customer the batch changed again held before its first change, and the version the batch left. */
export async function rememberBefore(trx: DB, batchId: string, id: string, before: unknown) {
  await trx
    .updateTable('import_records')
    .set({ before: toJson(before) })
    .where('batch_id', '=', batchId)
    .where('entity', '=', CUSTOMER_ENTITY)
    .where('entity_id', '=', id)
    .execute();
}

/** A line in each customer's history naming the batch: imported, updated by it, or taken back by its undo. */
export async function importHistory(
  trx: DB,
  ctx: { reader: Reader; batchId: string },
  ids: readonly string[],
  action: 'import' | 'importUpdate' | 'delete' | 'importUndo',
) {
  if (!ids.length) return;
  const at = nowIso();
  await trx
    .insertInto('history')
    .values(
      ids.map((id) => ({
        id: newId(),
        workspace_id: ctx.reader.scope.workspaceId,
        entity_type: CUSTOMER_ENTITY,
        entity_id: id,
        action,
        changes: toJson({ batchId: ctx.batchId }),
        user_id: ctx.reader.scope.userId || null,
        at,
      })),
    )
    .execute();
}

/** Whether the caller may change these customers (a sales member: their own and those shared with them). */
export async function visibleIds(trx: DB, reader: Reader, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await scopeCustomers(trx.selectFrom('customers').select('customers.id'), reader.scope)
    .where('customers.id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}
