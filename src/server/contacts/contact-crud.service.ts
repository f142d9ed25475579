import type { TContact, TContactInput, TContactUpdate } from '../../domain/contact';
import { indexCustomer } from '../customers/customer-search';
import type { Reader } from '../customers/customer-context';
import { findCustomerRow } from '../customers/customer.repository';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { conflictOrNotFound } from '../http/concurrency';
import { AppError, notFound } from '../http/errors';
import { FieldErrors } from '../http/field-errors';
import { can } from '../http/policy';
import { diffRecords, recordHistory } from '../history/history.service';
import { contactFields } from './contact-input';
import { clearOtherPrimaries, findContactRow, updateContactRow } from './contact.repository';
import { toContact } from './contact.serializer';
import { insertContacts, prepareContacts } from './contact.service';
import type { ContactRow } from './contact.table';

// Contact changes are written to the customer's history, so the card tells the whole story in one place.

async function view(db: DB, reader: Reader) {
  return {
    dicts: await loadDictionaries(db, reader.scope),
    locale: reader.locale,
    masked: !can(reader.actor, 'personalData.view'),
  };
}

export async function listContacts(db: DB, reader: Reader, customerId: string): Promise<TContact[]> {
  if (!(await findCustomerRow(db, reader.scope, customerId))) throw notFound();
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .orderBy('is_primary', 'desc')
    .orderBy('id')
    .execute();
  const v = await view(db, reader);
  return rows.map((r) => toContact(r, v));
}

export async function addContact(
  db: DB,
  reader: Reader,
  customerId: string,
  input: TContactInput,
): Promise<TContact> {
  const id = await db.transaction().execute(async (trx) => {
    if (!(await findCustomerRow(trx, reader.scope, customerId))) throw notFound();
    const errors = new FieldErrors();
    const [prepared] = prepareContacts([input], await loadDictionaries(trx, reader.scope), errors);
    errors.throwIfAny();
    if (!prepared) throw new AppError('VALIDATION_FAILED');
    const hasContacts = await trx
      .selectFrom('contacts')
      .select('id')
      .where('customer_id', '=', customerId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    const [contactId] = await insertContacts(trx, reader.scope, customerId, [
      { ...prepared, is_primary: input.isPrimary ?? !hasContacts },
    ]);
    if (!contactId) throw new AppError('INTERNAL');
    if (input.isPrimary) await clearOtherPrimaries(trx, customerId, contactId);
    await indexCustomer(trx, customerId);
    const row = await findContactRow(trx, reader.scope, contactId);
    await recordHistory(trx, reader.scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: customerId,
      action: 'contact.create',
      changes: row ? { ...toContact(row, await view(trx, reader)), masked: undefined } : {},
    });
    return contactId;
  });
  return getContact(db, reader, id);
}

async function getContact(db: DB, reader: Reader, id: string): Promise<TContact> {
  const row = await findContactRow(db, reader.scope, id);
  if (!row) throw notFound();
  return toContact(row, await view(db, reader));
}

export async function updateContact(
  db: DB,
  reader: Reader,
  id: string,
  input: TContactUpdate,
): Promise<TContact> {
  await db
    .transaction()
    .execute(async (trx) => {
      const before = await findContactRow(trx, reader.scope, id);
      if (!before) throw notFound();
      const errors = new FieldErrors();
      const { version, ...rest } = input;
      const fields = contactFields(rest, await loadDictionaries(trx, reader.scope), errors, '');
      errors.throwIfAny();
      const row = await updateContactRow(trx, reader.scope, id, version, fields);
      if (!row)
        throw await conflictOrNotFound(
          () => findContactRow(trx, reader.scope, id),
          (r: ContactRow) => r.id,
        );
      if (fields.is_primary) await clearOtherPrimaries(trx, row.customer_id, id);
      await indexCustomer(trx, row.customer_id);
      const v = { ...(await view(trx, reader)), masked: false };
      const changes = diffRecords(toContact(before, v), toContact(row, v));
      await recordHistory(trx, reader.scope, {
        entityType: CUSTOMER_ENTITY,
        entityId: row.customer_id,
        action: 'contact.update',
        changes: { contact: { from: before.name, to: row.name }, ...changes },
      });
    })
    .catch(async (error: unknown) => {
      if (error instanceof AppError && error.code === 'VERSION_CONFLICT') {
        throw new AppError('VERSION_CONFLICT', { extra: { current: await getContact(db, reader, id) } });
      }
      throw error;
    });
  return getContact(db, reader, id);
}

export async function deleteContact(db: DB, reader: Reader, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findContactRow(trx, reader.scope, id);
    if (!row) throw notFound();
    const now = nowIso();
    await trx
      .updateTable('contacts')
      .set({ deleted_at: now, deleted_by: reader.scope.userId, updated_at: now, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await indexCustomer(trx, row.customer_id);
    await recordHistory(trx, reader.scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: row.customer_id,
      action: 'contact.delete',
      changes: { contact: row.name },
    });
  });
}

/** "Show full number" for a reader who sees it masked: answered once and written to the customer's history. */
export async function revealContactField(
  db: DB,
  reader: Reader,
  id: string,
  field: 'mobile' | 'phone' | 'email' | 'wechat',
) {
  const row = await findContactRow(db, reader.scope, id);
  if (!row) throw notFound();
  await recordHistory(db, reader.scope, {
    entityType: CUSTOMER_ENTITY,
    entityId: row.customer_id,
    action: 'reveal',
    changes: { contact: row.name, field },
  });
  return { value: row[field] };
}
