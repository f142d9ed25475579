import { sql, type SqlBool } from 'kysely';
import type { Reader } from '../customers/customer-context';
import { customerVisible } from '../customers/customer-list';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';

/** Narrowing a receivables list: one customer's, or one owner's projects (`me` is the caller). */
export interface ReceivableFilters {
  customerId?: string | undefined;
  ownerId?: string | undefined;
}

/**
 * Open installments (received < due) of the projects the caller may see. The two conditions are written as the
 * partial indexes state them (installments_open_idx by due date, installments_open_customer_idx by customer), so both
 * databases read an index in order and stop after a page; the customer scope is one correlated lookup per row, as
 * for follow-ups. Projects are not joined here: the sums by customer read the index alone; the row views join them.
 */
export function openInstallments(db: DB, reader: Reader, query: ReceivableFilters) {
  let q = db
    .selectFrom('installments')
    .where('installments.workspace_id', '=', reader.scope.workspaceId)
    .where(
      sql<SqlBool>`installments.deleted_at is null and installments.received_amount < installments.amount_due`,
    )
    .where(customerVisible(db, reader.scope, 'installments.customer_id'));
  if (query.customerId) q = q.where('installments.customer_id', '=', query.customerId);
  const ownerId = query.ownerId === 'me' ? reader.actor.id : query.ownerId;
  if (ownerId)
    q = q.where((eb) =>
      eb.exists(
        db
          .selectFrom('projects')
          .select('projects.id')
          .where('projects.id', '=', sql.ref<string>('installments.project_id'))
          .where('projects.owner_id', '=', ownerId),
      ),
    );
  return q;
}

export type OpenInstallments = ReturnType<typeof openInstallments>;

/** How many rows (or customers) match, counted only so far: past TOTAL_CAP a list says "100+". */
export async function countOf(db: DB, q: OpenInstallments, grouped: boolean) {
  const matches = (grouped ? q.select('installments.customer_id').groupBy('installments.customer_id') : q)
    .select(sql`1`.as('one'))
    .limit(TOTAL_CAP + 1)
    .as('matches');
  const row = await db
    .selectFrom(matches)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
