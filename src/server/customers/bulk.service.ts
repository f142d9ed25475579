import { loadWorkspaceSettings } from '../workspaces/workspace-settings';
import { refreshFollowUpFields } from '../follow-ups/follow-up-fields';
import { z } from 'zod';
import { BULK_ACTIONS } from '../../domain/customer';
import { fromJson, newId, nowIso, toJson } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { AppError } from '../http/errors';
import { can } from '../http/policy';
import { recordHistory } from '../history/history.service';
import type { Reader } from './customer-context';
import { scopeCustomers } from './customer-list';
import { indexCustomer } from './customer-search';
import { CUSTOMER_ENTITY } from './customer.service';

export const ZBulkInput = z.strictObject({
  ids: z.array(z.string().max(64)).min(1).max(1000),
  action: z.enum(BULK_ACTIONS),
  value: z.string().max(64).optional(),
});
export const ZBulkResult = z.object({
  batchId: z.string(),
  updated: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), reason: z.literal('notFound') })),
});

const COLUMN = { assign: 'owner_id', setType: 'type', setStatus: 'status', setStage: 'stage' } as const;
const DICTIONARY = {
  setType: 'customerType',
  setStatus: 'customerStatus',
  setStage: 'customerStage',
} as const;
/** A bulk change can be undone for a day, by the person who made it. */
const UNDO_MS = 24 * 3600 * 1000;

interface Before {
  id: string;
  value: string | null;
  version: number;
}

async function resolveValue(
  db: DB,
  reader: Reader,
  input: z.infer<typeof ZBulkInput>,
): Promise<string | null> {
  const { action, value } = input;
  if (action === 'delete') return null;
  const missing = () =>
    new AppError('VALIDATION_FAILED', { fields: [{ path: 'value', code: 'UNKNOWN_DICTIONARY_VALUE' }] });
  if (!value) throw missing();
  if (action === 'assign') {
    if (!can(reader.actor, 'customers.assign')) throw new AppError('FORBIDDEN');
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('id', '=', value)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!user)
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'value', code: 'OWNER_INVALID' }] });
    return value;
  }
  const dicts = await loadDictionaries(db, reader.scope);
  const key = dicts.resolve(
    action === 'addTag' || action === 'removeTag' ? 'tag' : DICTIONARY[action],
    value,
  );
  if (!key) throw missing();
  return key;
}

/** Applies one change to many customers in one transaction, keeping what each held before for undo. */
export async function runBulk(db: DB, reader: Reader, input: z.infer<typeof ZBulkInput>) {
  const { scope } = reader;
  return db.transaction().execute(async (trx) => {
    const value = await resolveValue(trx, reader, input);
    const rows = await scopeCustomers(
      trx
        .selectFrom('customers')
        .select([
          'customers.id',
          'customers.version',
          'customers.owner_id',
          'customers.type',
          'customers.status',
          'customers.stage',
        ]),
      scope,
    )
      .where('customers.id', 'in', input.ids)
      .execute();
    const found = new Set(rows.map((r) => r.id));
    const skipped = input.ids
      .filter((id) => !found.has(id))
      .map((id) => ({ id, reason: 'notFound' as const }));
    const ids = [...found];
    const now = nowIso();
    let before: Before[] = rows.map((r) => ({ id: r.id, value: null, version: r.version + 1 }));
    if (ids.length) {
      if (input.action === 'delete') {
        await trx
          .updateTable('customers')
          .set((eb) => ({
            deleted_at: now,
            deleted_by: scope.userId,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('id', 'in', ids)
          .execute();
      } else if (input.action === 'addTag' || input.action === 'removeTag') {
        const tag = value ?? '';
        const tagged = new Set(
          (
            await trx
              .selectFrom('customer_tags')
              .select('customer_id')
              .where('customer_id', 'in', ids)
              .where('tag', '=', tag)
              .execute()
          ).map((r) => r.customer_id),
        );
        before = rows.map((r) => ({ id: r.id, value: tagged.has(r.id) ? tag : null, version: r.version }));
        if (input.action === 'addTag') {
          const missing = ids.filter((id) => !tagged.has(id));
          if (missing.length)
            await trx
              .insertInto('customer_tags')
              .values(missing.map((id) => ({ workspace_id: scope.workspaceId, customer_id: id, tag })))
              .execute();
        } else {
          await trx
            .deleteFrom('customer_tags')
            .where('customer_id', 'in', ids)
            .where('tag', '=', tag)
            .execute();
        }
      } else {
        const column = COLUMN[input.action];
        before = rows.map((r) => ({ id: r.id, value: r[column], version: r.version + 1 }));
        await trx
          .updateTable('customers')
          .set((eb) => ({
            [column]: value,
            // A new owner starts the 公海 reclaim clock afresh.
            ...(column === 'owner_id' && { owner_since: now.slice(0, 10) }),
            updated_at: now,
            updated_by: scope.userId,
            version: eb('version', '+', 1),
          }))
          .where('id', 'in', ids)
          .execute();
      }
    }
    if (ids.length && input.action !== 'delete')
      await refreshFollowUpFields(
        trx,
        scope.workspaceId,
        await loadWorkspaceSettings(trx, scope.workspaceId),
        ids,
        {
          followUps: false,
        },
      );
    const batchId = newId();
    await trx
      .insertInto('bulk_operations')
      .values({
        id: batchId,
        workspace_id: scope.workspaceId,
        user_id: scope.userId,
        entity: CUSTOMER_ENTITY,
        action: input.action,
        payload: toJson({ value, before }),
        created_at: now,
        undone_at: null,
      })
      .execute();
    for (const id of ids) {
      await recordHistory(trx, scope, {
        entityType: CUSTOMER_ENTITY,
        entityId: id,
        action: `bulk.${input.action}`,
        changes: { value, batchId },
      });
    }
    return { batchId, updated: ids.length, skipped };
  });
}

/** Puts back what the batch changed, on each record nobody has edited since. */
export async function undoBulk(db: DB, reader: Reader, batchId: string): Promise<{ restored: number }> {
  const { scope } = reader;
  return db.transaction().execute(async (trx) => {
    const batch = await trx
      .selectFrom('bulk_operations')
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .where('id', '=', batchId)
      .where('user_id', '=', scope.userId)
      .executeTakeFirst();
    if (!batch || batch.undone_at || Date.now() - new Date(batch.created_at).getTime() > UNDO_MS)
      throw new AppError('BATCH_NOT_UNDOABLE');
    const { value, before } = fromJson<{ value: string | null; before: Before[] }>(batch.payload);
    const now = nowIso();
    let restored = 0;
    for (const b of before) {
      if (batch.action === 'delete') {
        const r = await trx
          .updateTable('customers')
          .set((eb) => ({
            deleted_at: null,
            deleted_by: null,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', b.id)
          .where('version', '=', b.version)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows)) await indexCustomer(trx, b.id);
        restored += Number(r.numUpdatedRows);
      } else if (batch.action === 'addTag' || batch.action === 'removeTag') {
        await trx
          .deleteFrom('customer_tags')
          .where('customer_id', '=', b.id)
          .where('tag', '=', value ?? '')
          .execute();
        if (b.value)
          await trx
            .insertInto('customer_tags')
            .values({ workspace_id: scope.workspaceId, customer_id: b.id, tag: b.value })
            .execute();
        restored += 1;
      } else {
        const column = COLUMN[batch.action as keyof typeof COLUMN];
        const r = await trx
          .updateTable('customers')
          .set((eb) => ({
            [column]: b.value,
            updated_at: now,
            updated_by: scope.userId,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', b.id)
          .where('version', '=', b.version)
          .executeTakeFirst();
        restored += Number(r.numUpdatedRows);
      }
      await recordHistory(trx, scope, {
        entityType: CUSTOMER_ENTITY,
        entityId: b.id,
        action: 'bulk.undo',
        changes: { batchId },
      });
    }
    if (batch.action !== 'delete')
      await refreshFollowUpFields(
        trx,
        scope.workspaceId,
        await loadWorkspaceSettings(trx, scope.workspaceId),
        before.map((b) => b.id),
        { followUps: false },
      );
    await trx.updateTable('bulk_operations').set({ undone_at: now }).where('id', '=', batchId).execute();
    return { restored };
  });
}
