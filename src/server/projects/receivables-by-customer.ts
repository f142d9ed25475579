import { sql, type SqlBool } from 'kysely';
import type { Reader } from '../customers/customer-context';
import { customerRefs } from '../customers/customer.repository';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor } from '../http/pagination';
import type { TCustomerReceivable, TReceivablesPage } from '../../domain/receivables';
import { countOf, type OpenInstallments } from './receivables.repository';

/**
 * What each customer owes, biggest overdue first (then most owed). Grouped in the database over the open
 * installments the caller may see, read from the partial index, which holds only what is still owed; the page is
 * keyset on (overdue, owed, customer id) over the grouped rows.
 */
export async function byCustomer(
  db: DB,
  reader: Reader,
  query: { limit: number; cursor?: string | undefined },
  base: OpenInstallments,
  today: string,
): Promise<TReceivablesPage> {
  const n = await countOf(db, base, true);
  const outstanding = sql<number>`installments.amount_due - installments.received_amount`;
  const grouped = base
    .select([
      'installments.customer_id',
      sql<number>`cast(sum(${outstanding}) as bigint)`.as('owed'),
      sql<number>`cast(sum(case when installments.effective_due_date < ${today} then ${outstanding} else 0 end) as bigint)`.as(
        'overdue',
      ),
      sql<number>`count(*)`.as('installments'),
      sql<string | null>`min(installments.effective_due_date)`.as('earliest'),
    ])
    .groupBy('installments.customer_id')
    .as('g');
  let q = db.selectFrom(grouped).selectAll('g');
  if (query.cursor) {
    const [overdue, owed, id] = decodeCursor(query.cursor) as [number, number, string];
    q = q.where(
      sql<SqlBool>`(g.overdue < ${Number(overdue)} or (g.overdue = ${Number(overdue)} and (g.owed < ${Number(owed)}
        or (g.owed = ${Number(owed)} and g.customer_id < ${String(id)}))))`,
    );
  }
  const rows = await q
    .orderBy('g.overdue', 'desc')
    .orderBy('g.owed', 'desc')
    .orderBy('g.customer_id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const customers = await customerRefs(
    db,
    reader.scope.workspaceId,
    page.map((r) => r.customer_id),
  );
  const items = page.map((r): TCustomerReceivable => {
    const customer = customers.get(r.customer_id);
    return {
      customer: { id: r.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
      owed: Number(r.owed),
      overdue: Number(r.overdue),
      installments: Number(r.installments),
      earliestDueDate: r.earliest,
    };
  });
  const last = page.at(-1);
  return {
    view: 'customer',
    items,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([Number(last.overdue), Number(last.owed), last.customer_id])
        : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
