import type { Updateable } from 'kysely';
import {
  invoiceKindAlias,
  missingForIssued,
  type TCreateInvoiceInput,
  type TInvoice,
  type TInvoiceStatus,
  type TUpdateInvoiceInput,
} from '../../domain/contract';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { nowIso } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { conflictOrNotFound } from '../http/concurrency';
import { notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { recordHistory, recordUpdate } from '../history/history.service';
import { checkLinks } from './contract-input';
import { findInvoiceRow } from './contract.repository';
import type { InvoiceRow, InvoiceTable } from './contract.table';
import { serializeInvoices } from './invoice.serializer';

export const INVOICE_ENTITY = 'invoice';

type Fields = Partial<Omit<TCreateInvoiceInput, 'customerId'>>;

export async function getInvoice(db: DB, reader: Reader, id: string): Promise<TInvoice> {
  const row = await findInvoiceRow(db, reader.scope, id);
  if (!row) throw notFound();
  const [invoice] = await serializeInvoices(db, reader, [row]);
  if (!invoice) throw notFound();
  return invoice;
}

/**
 * Checks an invoice's fields (kind, its deal and contract of the same customer, what an issued one needs, merged with
 * what is stored) and returns its columns; every problem at once, with its field path.
 */
async function invoiceColumns(
  db: DB,
  reader: Reader,
  customerId: string,
  input: Fields,
  before: InvoiceRow | undefined,
  errors: FieldErrors,
): Promise<Updateable<InvoiceTable>> {
  const { scope } = reader;
  const columns: Updateable<InvoiceTable> = {};
  if (input.kind !== undefined) {
    const kind = (await loadDictionaries(db, scope)).resolve('invoiceKind', invoiceKindAlias(input.kind));
    if (kind) columns.kind = kind;
    else errors.add('kind', 'UNKNOWN_DICTIONARY_VALUE');
  }
  const contract = await checkLinks(db, scope, customerId, input, errors);
  if (input.dealId !== undefined) columns.deal_id = input.dealId;
  // Raised against a contract of a deal, the invoice counts against that deal unless told otherwise.
  else if (!before && contract?.deal_id) columns.deal_id = contract.deal_id;
  if (input.contractId !== undefined) columns.contract_id = input.contractId;
  if (input.number !== undefined) columns.number = input.number || null;
  if (input.amount !== undefined) columns.amount = input.amount;
  if (input.issueDate !== undefined) columns.issue_date = input.issueDate;
  if (input.status !== undefined) columns.status = input.status;
  if (input.notes !== undefined) columns.notes = input.notes || null;
  const merged = {
    status: (columns.status ?? before?.status ?? 'requested') as TInvoiceStatus,
    number: columns.number !== undefined ? columns.number : (before?.number ?? null),
    issueDate: columns.issue_date !== undefined ? columns.issue_date : (before?.issue_date ?? null),
  };
  for (const field of missingForIssued(merged)) errors.add(field, 'FIELD_REQUIRED');
  return columns;
}

export async function createInvoice(db: DB, reader: Reader, input: TCreateInvoiceInput): Promise<TInvoice> {
  const { scope } = reader;
  const id = await db.transaction().execute(async (trx) => {
    const errors = new FieldErrors();
    if (!(await findCustomerRow(trx, scope, input.customerId))) errors.add('customerId', 'NOT_FOUND');
    const columns = await invoiceColumns(trx, reader, input.customerId, input, undefined, errors);
    errors.throwIfAny();
    const row = await trx
      .insertInto('invoices')
      .values({
        ...newRecord(scope),
        customer_id: input.customerId,
        deal_id: columns.deal_id ?? null,
        contract_id: columns.contract_id ?? null,
        kind: columns.kind ?? '',
        number: columns.number ?? null,
        amount: input.amount,
        issue_date: columns.issue_date ?? null,
        status: input.status,
        notes: columns.notes ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const [created] = await serializeInvoices(trx, reader, [row]);
    await recordHistory(trx, scope, {
      entityType: INVOICE_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: created ?? {},
    });
    return row.id;
  });
  return getInvoice(db, reader, id);
}

export async function updateInvoice(
  db: DB,
  reader: Reader,
  id: string,
  input: TUpdateInvoiceInput,
): Promise<TInvoice> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const before = await findInvoiceRow(trx, scope, id);
    if (!before) throw notFound();
    const errors = new FieldErrors();
    const { version, ...fields } = input;
    const columns = await invoiceColumns(trx, reader, before.customer_id, fields, before, errors);
    errors.throwIfAny();
    const row = await trx
      .updateTable('invoices')
      .set({ ...columns, version: version + 1, updated_at: nowIso(), updated_by: scope.userId || null })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const current = await findInvoiceRow(trx, scope, id);
      const [shown] = current ? await serializeInvoices(trx, reader, [current]) : [];
      throw await conflictOrNotFound(
        async () => shown,
        (invoice) => invoice,
      );
    }
    const [was, is] = await serializeInvoices(trx, reader, [before, row]);
    if (was && is) await recordUpdate(trx, scope, INVOICE_ENTITY, id, was, is);
  });
  return getInvoice(db, reader, id);
}

export async function deleteInvoice(db: DB, reader: Reader, id: string): Promise<void> {
  const { scope } = reader;
  await db.transaction().execute(async (trx) => {
    const row = await findInvoiceRow(trx, scope, id);
    if (!row) throw notFound();
    await trx
      .updateTable('invoices')
      .set({ deleted_at: nowIso(), deleted_by: scope.userId || null, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordHistory(trx, scope, {
      entityType: INVOICE_ENTITY,
      entityId: id,
      action: 'delete',
      changes: {},
    });
  });
}
