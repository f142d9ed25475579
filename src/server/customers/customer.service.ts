import type { TCustomer } from '../../domain/customer';
import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { type Dictionaries } from '../dictionaries/dictionary.service';
import { AppError, notFound } from '../http/errors';
import { type FieldErrors } from '../http/field-errors';
import { can } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { customerContext, type Reader } from './customer-context';
import { type CustomerFields } from './customer-input';
import { toCustomer } from './customer.serializer';
import * as repo from './customer.repository';
import type { CustomerRow } from './customer.table';

export const CUSTOMER_ENTITY = 'customer';

export async function serialize(db: DB, reader: Reader, rows: CustomerRow[]): Promise<TCustomer[]> {
  const ctx = await customerContext(db, reader, rows);
  return rows.map((row) => toCustomer(row, ctx));
}

export async function getCustomer(db: DB, reader: Reader, id: string): Promise<TCustomer> {
  const row = await repo.findCustomerRow(db, reader.scope, id);
  if (!row) throw notFound();
  const [customer] = await serialize(db, reader, [row]);
  if (!customer) throw notFound();
  return customer;
}

/** Owner, parent and referrer must exist in the workspace; a sales member cannot hand a customer to someone else. */
export async function checkLinks(
  db: DB,
  reader: Reader,
  fields: CustomerFields,
  id: string | null,
  errors: FieldErrors,
) {
  if (fields.owner_id) {
    const owner = await db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('id', '=', fields.owner_id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!owner) errors.add('ownerId', 'OWNER_INVALID');
    else if (fields.owner_id !== reader.actor.id && !can(reader.actor, 'customers.assign'))
      throw new AppError('FORBIDDEN');
  }
  for (const [column, path] of [
    ['parent_id', 'parentId'],
    ['referrer_id', 'referrerId'],
  ] as const) {
    const linked = fields[column];
    if (!linked) continue;
    const found = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', reader.scope.workspaceId)
      .where('id', '=', linked)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!found || linked === id) errors.add(path, 'CUSTOMER_LINK_INVALID');
  }
}

export function resolveTags(dicts: Dictionaries, tags: string[], errors: FieldErrors): string[] {
  return tags.flatMap((tag, i) => {
    const key = dicts.resolve('tag', tag);
    if (!key) errors.add(`tags.${i}`, 'UNKNOWN_DICTIONARY_VALUE');
    return key ? [key] : [];
  });
}

export async function deleteCustomer(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const current = await repo.findCustomerRow(trx, scope, id);
    if (!current) throw notFound();
    const now = nowIso();
    await trx
      .updateTable('customers')
      .set({ deleted_at: now, deleted_by: scope.userId, updated_at: now, version: current.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordHistory(trx, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
