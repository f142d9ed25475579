import { sql } from 'kysely';
import { z } from 'zod';
import { INVOICE_STATUSES, type TInvoice } from '../../domain/contract';
import type { Reader } from '../customers/customer-context';
import { TOTAL_CAP } from '../customers/customer-total';
import type { DB } from '../db/schema';
import { decodeCursor, encodeCursor, type Page } from '../http/pagination';
import { visibleInvoices } from './contract.repository';
import { serializeInvoices } from './invoice.serializer';

export const ZInvoiceListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  customerId: z.string().max(64).optional(),
  dealId: z.string().max(64).optional(),
  contractId: z.string().max(64).optional(),
  status: z.enum(INVOICE_STATUSES).optional(),
});

/** Newest first by id (time-ordered), keyset on the id. */
export async function listInvoices(
  db: DB,
  reader: Reader,
  query: z.infer<typeof ZInvoiceListQuery>,
): Promise<Page<TInvoice>> {
  let q = visibleInvoices(db, reader.scope).selectAll('invoices');
  if (query.customerId) q = q.where('invoices.customer_id', '=', query.customerId);
  // A deal's or a contract's invoices are read through its customer: invoices_customer_idx, no index on the links.
  if (query.dealId) {
    const dealId = query.dealId;
    q = q
      .where('invoices.deal_id', '=', dealId)
      .where('invoices.customer_id', '=', (eb) =>
        eb.selectFrom('deals').select('deals.customer_id').where('deals.id', '=', dealId),
      );
  }
  if (query.contractId) {
    const contractId = query.contractId;
    q = q
      .where('invoices.contract_id', '=', contractId)
      .where('invoices.customer_id', '=', (eb) =>
        eb.selectFrom('contracts').select('contracts.customer_id').where('contracts.id', '=', contractId),
      );
  }
  if (query.status) q = q.where('invoices.status', '=', query.status);
  const counted = await db
    .selectFrom(
      q
        .clearSelect()
        .select(sql`1`.as('one'))
        .limit(TOTAL_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (query.cursor) q = q.where('invoices.id', '<', String(decodeCursor(query.cursor)[0]));
  const rows = await q
    .orderBy('invoices.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const n = Number(counted.n);
  return {
    items: await serializeInvoices(db, reader, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
  };
}
