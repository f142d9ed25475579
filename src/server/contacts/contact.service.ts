import type { TContactInput } from '../../domain/contact';
import { nowIso, toBool } from '../db/dialect';
import { newRecord } from '../db/new-record';
import type { DB } from '../db/schema';
import type { Dictionaries } from '../dictionaries/dictionary.service';
import type { FieldErrors } from '../http/field-errors';
import type { Scope } from '../http/policy';
import { contactFields, type ContactFields } from './contact-input';

export const CONTACT_ENTITY = 'contact';

/** Normalises and checks the contacts sent with a new customer; problems land on `contacts.N.field`. */
export function prepareContacts(
  contacts: TContactInput[],
  dicts: Dictionaries,
  errors: FieldErrors,
): ContactFields[] {
  const prepared = contacts.map((c, i) => contactFields(c, dicts, errors, `contacts.${i}.`));
  // Exactly one primary contact when there are any: the first marked one, else the first.
  const primary = Math.max(
    0,
    prepared.findIndex((c) => c.is_primary),
  );
  return prepared.map((c, i) => ({ ...c, is_primary: i === primary }));
}

/** Inserts the prepared contacts and returns their ids in order. */
export async function insertContacts(
  db: DB,
  scope: Scope,
  customerId: string,
  contacts: ContactFields[],
): Promise<string[]> {
  return insertContactRows(
    db,
    scope,
    contacts.map((contact) => ({ customerId, contact })),
  );
}

/** Contacts of many customers (an import) in a few statements; their ids in order. */
export async function insertContactRows(
  db: DB,
  scope: Scope,
  contacts: { customerId: string; contact: ContactFields }[],
): Promise<string[]> {
  const now = nowIso();
  const rows = contacts.map(({ customerId, contact: c }) => ({
    ...newRecord(scope, now),
    customer_id: customerId,
    name: c.name ?? '',
    title: c.title ?? null,
    mobile: c.mobile ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    wechat: c.wechat ?? null,
    role: c.role ?? null,
    is_primary: toBool(db, c.is_primary ?? false),
    data_source: c.data_source ?? null,
    notes: c.notes ?? null,
  }));
  // A few hundred rows a statement: under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 300)
    await db
      .insertInto('contacts')
      .values(rows.slice(i, i + 300))
      .execute();
  return rows.map((r) => r.id);
}
