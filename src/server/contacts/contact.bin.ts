import type { DB } from '../db/schema';
import { notFound } from '../http/errors';
import type { Scope } from '../http/policy';
import { recordHistory } from '../history/history.service';
import { identifiers, scrubPerson } from '../privacy/personal-data.service';
import type { BinType } from '../recycle-bin/bin-type';
import { countDeleted, deletedPage, undelete } from '../recycle-bin/deleted-rows';
import { indexCustomer } from '../customers/customer-search';
import { scopeCustomers } from '../customers/customer-list';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { CONTACT_ENTITY } from './contact.service';

/**
 * Deleted contacts of the customers the caller sees. A customer in the recycle bin takes its contacts with it: they
 * come back, or go for good, with the customer.
 */
function deleted(db: DB, scope: Scope) {
  return db
    .selectFrom('contacts')
    .where('contacts.workspace_id', '=', scope.workspaceId)
    .where('contacts.deleted_at', 'is not', null)
    .where(
      'contacts.customer_id',
      'in',
      scopeCustomers(db.selectFrom('customers').select('customers.id'), scope),
    );
}

export const contactBin: BinType = {
  type: CONTACT_ENTITY,
  visibleTo: (scope) => scope.role !== 'service',
  list: (db, scope, limit, after) =>
    deletedPage(
      // The customer's name by a subquery: the bin orders by bare deleted_at and id, which a join makes ambiguous.
      deleted(db, scope).select((eb) => [
        'contacts.id',
        'contacts.name',
        'contacts.deleted_at',
        'contacts.deleted_by',
        eb
          .selectFrom('customers')
          .select('customers.name')
          .whereRef('customers.id', '=', 'contacts.customer_id')
          .as('customer'),
      ]),
      limit,
      after,
      (r) => `${r.name} (${r.customer})`,
    ),
  count: (db, scope) => countDeleted(deleted(db, scope)),
  async restore(db, scope, id) {
    const row = await deleted(db, scope)
      .select(['contacts.id', 'contacts.version', 'contacts.customer_id', 'contacts.name'])
      .where('contacts.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await undelete(db, 'contacts', scope, row);
    await indexCustomer(db, row.customer_id);
    await recordHistory(db, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: row.customer_id,
      action: 'contact.restore',
      changes: { contact: row.name },
    });
  },
  /** For good, as an erasure: the person's values go from the customer's history and refused import rows too. */
  async purge(db, scope, id) {
    const row = await deleted(db, scope)
      .selectAll('contacts')
      .where('contacts.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound();
    await db.deleteFrom('contacts').where('id', '=', id).execute();
    await scrubPerson(db, scope.workspaceId, row.customer_id, identifiers(row));
    await recordHistory(db, scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: row.customer_id,
      action: 'contact.purge',
      changes: {},
    });
  },
};
