import { sql } from 'kysely';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { DealRow } from './deal.table';

/**
 * Deals of the customers the caller may see (a sales member's own and shared ones), in use or in the recycle bin.
 * Correlated, like follow-ups: one lookup of the customer per deal read.
 */
export function visibleDeals(db: DB, scope: Scope, inBin = false) {
  return db
    .selectFrom('deals')
    .where('deals.workspace_id', '=', scope.workspaceId)
    .where('deals.deleted_at', inBin ? 'is not' : 'is', null)
    .where((eb) =>
      eb.exists(
        scopeCustomers(db.selectFrom('customers').select('customers.id'), scope).where(
          'customers.id',
          '=',
          sql.ref<string>('deals.customer_id'),
        ),
      ),
    );
}

export async function findDealRow(db: DB, scope: Scope, id: string): Promise<DealRow | undefined> {
  return visibleDeals(db, scope).selectAll('deals').where('deals.id', '=', id).executeTakeFirst();
}
