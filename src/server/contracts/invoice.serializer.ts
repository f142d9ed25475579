import type { TInvoice, TInvoiceStatus } from '../../domain/contract';
import type { TLocale } from '../../domain/locale';
import { maskText } from '../../domain/masking';
import type { Reader } from '../customers/customer-context';
import { customerRefs } from '../customers/customer.repository';
import type { DB } from '../db/schema';
import { loadDictionaries, type Dictionaries } from '../dictionaries/dictionary.service';
import { can } from '../http/policy';
import type { InvoiceRow } from './contract.table';

/** What a page of invoices needs besides their rows, loaded once per page. */
export interface InvoiceContext {
  dicts: Dictionaries;
  locale: TLocale;
  customers: Map<string, { name: string; number: string }>;
  /** A phone number typed into the notes is masked for roles that may not see personal data. */
  masked: boolean;
}

export async function invoiceContext(db: DB, reader: Reader, customerIds: string[]): Promise<InvoiceContext> {
  const [dicts, customers] = await Promise.all([
    loadDictionaries(db, reader.scope),
    customerRefs(db, reader.scope.workspaceId, customerIds),
  ]);
  return { dicts, locale: reader.locale, customers, masked: !can(reader.actor, 'personalData.view') };
}

/** The one mapper of invoices: the list, one invoice, and a contract's invoices all go through it. */
export function toInvoice(row: InvoiceRow, ctx: InvoiceContext): TInvoice {
  const customer = ctx.customers.get(row.customer_id);
  return {
    id: row.id,
    customer: { id: row.customer_id, name: customer?.name ?? '', number: customer?.number ?? '' },
    dealId: row.deal_id,
    contractId: row.contract_id,
    kind: { key: row.kind, label: ctx.dicts.label('invoiceKind', row.kind, ctx.locale) },
    number: row.number,
    amount: Number(row.amount),
    issueDate: row.issue_date,
    status: row.status as TInvoiceStatus,
    notes: row.notes !== null && ctx.masked ? maskText(row.notes) : row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function serializeInvoices(db: DB, reader: Reader, rows: InvoiceRow[]): Promise<TInvoice[]> {
  const ctx = await invoiceContext(
    db,
    reader,
    rows.map((r) => r.customer_id),
  );
  return rows.map((row) => toInvoice(row, ctx));
}
