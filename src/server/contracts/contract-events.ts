import { customerRefs } from '../customers/customer.repository';
import type { Reader } from '../customers/customer-context';
import type { DB } from '../db/schema';
import { visibleContracts } from './contract.repository';

/**
 * Contracts of the member's customers ending between two days, for the calendar: the day to have renewed by. The
 * end day is shown even once it passed, so a lapsed contract is not silently gone from the month.
 */
export async function contractEndEvents(db: DB, reader: Reader, userId: string, from: string, to: string) {
  const rows = await visibleContracts(db, reader.scope)
    .innerJoin('customers', 'customers.id', 'contracts.customer_id')
    .select([
      'contracts.id',
      'contracts.title',
      'contracts.number',
      'contracts.end_date',
      'contracts.customer_id',
    ])
    .where('customers.owner_id', '=', userId)
    .where('contracts.end_date', '>=', from)
    .where('contracts.end_date', '<=', to)
    .limit(3000)
    .execute();
  const customers = await customerRefs(
    db,
    reader.scope.workspaceId,
    rows.map((r) => r.customer_id),
  );
  return rows.map((r) => ({
    date: r.end_date ?? from,
    kind: 'contractEnd' as const,
    id: r.id,
    title: `${r.title} · ${r.number}`,
    detail: customers.get(r.customer_id)?.name ?? '',
    done: false,
    link: `/customers/${r.customer_id}`,
  }));
}
