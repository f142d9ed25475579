import { nowIso, toBool } from '../db/dialect';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import { scopeCustomers } from '../customers/customer-list';
import type { ContactFields } from './contact-input';
import type { ContactRow } from './contact.table';

/** A contact is visible exactly when its customer is. */
export async function findContactRow(db: DB, scope: Scope, id: string): Promise<ContactRow | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll('contacts')
    .where('contacts.id', '=', id)
    .where('contacts.deleted_at', 'is', null)
    .where(
      'contacts.customer_id',
      'in',
      scopeCustomers(db.selectFrom('customers').select('customers.id'), scope),
    )
    .executeTakeFirst();
}

export async function updateContactRow(
  db: DB,
  scope: Scope,
  id: string,
  version: number,
  fields: ContactFields,
): Promise<ContactRow | undefined> {
  const { is_primary, ...rest } = fields;
  return db
    .updateTable('contacts')
    .set({
      ...rest,
      ...(is_primary !== undefined && { is_primary: toBool(db, is_primary) }),
      version: version + 1,
      updated_at: nowIso(),
      updated_by: scope.userId || null,
    })
    .where('workspace_id', '=', scope.workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Only one primary contact per customer: marking one clears the others. */
export async function clearOtherPrimaries(db: DB, customerId: string, keepId: string): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ is_primary: toBool(db, false) })
    .where('customer_id', '=', customerId)
    .where('id', '!=', keepId)
    .execute();
}
