import { sql } from 'kysely';
import { scopeCustomers } from '../customers/customer-list';
import type { DB } from '../db/schema';
import type { Scope } from '../http/policy';
import type { FollowUpRow } from './follow-up.table';

/**
 * Follow-ups of the customers the caller may see (a sales member's own and shared ones): those in use, or those in
 * the recycle bin.
 */
export function visibleFollowUps(db: DB, scope: Scope, inBin = false) {
  return (
    db
      .selectFrom('follow_ups')
      .where('follow_ups.workspace_id', '=', scope.workspaceId)
      .where('follow_ups.deleted_at', inBin ? 'is not' : 'is', null)
      // Correlated, so each follow-up read costs one lookup of its customer: `customer_id in (the caller's
      // customers)` made SQLite list every customer the caller may see (a million for an owner) on every query.
      .where((eb) =>
        eb.exists(
          scopeCustomers(db.selectFrom('customers').select('customers.id'), scope).where(
            'customers.id',
            '=',
            sql.ref<string>('follow_ups.customer_id'),
          ),
        ),
      )
  );
}

export async function findFollowUpRow(db: DB, scope: Scope, id: string): Promise<FollowUpRow | undefined> {
  return visibleFollowUps(db, scope)
    .selectAll('follow_ups')
    .where('follow_ups.id', '=', id)
    .executeTakeFirst();
}
