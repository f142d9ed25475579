import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import type { TCustomer } from '../../domain/customer';
import { fromJson, nowIso, toBool, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { refreshDealFields } from '../deals/deal-fields';
import { AppError, notFound } from '../http/errors';
import { recordHistory } from '../history/history.service';
import type { Reader } from './customer-context';
import { indexCustomer } from './customer-search';
import { findCustomerRow } from './customer.repository';
import { CUSTOMER_ENTITY, getCustomer } from './customer.service';
import type { CustomerRow } from './customer.table';

/** Fields the kept customer takes from the merged one when it has none of its own. */
const FILLABLE = [
  'credit_code',
  'industry',
  'company_size',
  'province',
  'city',
  'district',
  'address',
  'source_channel',
  'referrer_id',
  'type',
  'status',
  'stage',
  'parent_id',
  'first_contact_date',
  'established_date',
  'notes',
] as const satisfies readonly (keyof CustomerRow)[];

/**
 * Merges `fromId` into `id`: every contact, tag, share, branch, referral and history entry of the other customer
 * moves here; empty fields are filled from it; it goes to the recycle bin; both histories record the merge.
 */
const RECORDS_OF_A_CUSTOMER = [
  'follow_ups',
  'tasks',
  'deals',
  'contracts',
  'invoices',
  'projects',
  'installments',
  'payments',
] as const;

export async function mergeCustomers(db: DB, reader: Reader, id: string, fromId: string): Promise<TCustomer> {
  const { scope } = reader;
  if (id === fromId)
    throw new AppError('MERGE_INVALID', { fields: [{ path: 'fromId', code: 'MERGE_INVALID' }] });
  await db.transaction().execute(async (trx) => {
    const [target, source] = await Promise.all([
      findCustomerRow(trx, scope, id),
      findCustomerRow(trx, scope, fromId),
    ]);
    if (!target || !source) throw notFound();
    const now = nowIso();
    // The merged customer leaves first, so a credit code it carried can move without breaking uniqueness.
    await trx
      .updateTable('customers')
      .set({ deleted_at: now, deleted_by: scope.userId, updated_at: now, version: source.version + 1 })
      .where('id', '=', fromId)
      .execute();
    const filled: Record<string, unknown> = {};
    for (const column of FILLABLE)
      if (target[column] === null && source[column] !== null) filled[column] = source[column];
    const custom = {
      ...fromJson<Record<string, unknown>>(source.custom),
      ...fromJson<Record<string, unknown>>(target.custom),
    };
    await trx
      .updateTable('customers')
      .set({
        ...filled,
        custom: toJson(custom),
        updated_at: now,
        updated_by: scope.userId,
        version: target.version + 1,
      })
      .where('id', '=', id)
      .execute();
    // One primary contact: the kept customer's, when it has one.
    const hasPrimary = await trx
      .selectFrom('contacts')
      .select('id')
      .where('customer_id', '=', id)
      .where('is_primary', '=', toBool(trx, true))
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    await trx
      .updateTable('contacts')
      .set({ customer_id: id, ...(hasPrimary && { is_primary: toBool(trx, false) }) })
      .where('customer_id', '=', fromId)
      .execute();
    // Everything that hangs off the customer moves with it, the recycle bin's rows included.
    for (const table of RECORDS_OF_A_CUSTOMER)
      await trx.updateTable(table).set({ customer_id: id }).where('customer_id', '=', fromId).execute();
    const tags = await trx
      .selectFrom('customer_tags')
      .select('tag')
      .where('customer_id', '=', fromId)
      .execute();
    const have = new Set(
      (await trx.selectFrom('customer_tags').select('tag').where('customer_id', '=', id).execute()).map(
        (t) => t.tag,
      ),
    );
    const moving = tags.filter((t) => !have.has(t.tag));
    if (moving.length)
      await trx
        .insertInto('customer_tags')
        .values(moving.map((t) => ({ workspace_id: scope.workspaceId, customer_id: id, tag: t.tag })))
        .execute();
    await trx.updateTable('customers').set({ parent_id: id }).where('parent_id', '=', fromId).execute();
    await trx.updateTable('customers').set({ referrer_id: id }).where('referrer_id', '=', fromId).execute();
    await trx
      .updateTable('history')
      .set({ entity_id: id })
      .where('workspace_id', '=', scope.workspaceId)
      .where('entity_type', '=', CUSTOMER_ENTITY)
      .where('entity_id', '=', fromId)
      .execute();
    const from = { id: fromId, name: source.name, number: source.number };
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'merge',
      changes: { from, filled: Object.keys(filled) },
    });
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: fromId,
      action: 'merged',
      changes: { into: { id, name: target.name, number: target.number } },
    });
    await indexCustomer(trx, id);
    await refreshFollowUpFields(trx, scope.workspaceId, await loadWorkspaceSettings(trx, scope.workspaceId), [
      id,
      fromId,
    ]);
    await refreshDealFields(trx, scope.workspaceId, [id, fromId]);
  });
  return getCustomer(db, reader, id);
}
