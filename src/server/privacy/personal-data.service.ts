import { sql } from 'kysely';
import type { Reader } from '../customers/customer-context';
import { indexCustomer } from '../customers/customer-search';
import { CUSTOMER_ENTITY } from '../customers/customer.service';
import { findContactRow } from '../contacts/contact.repository';
import type { ContactRow } from '../contacts/contact.table';
import { fromJson, jsonText, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import { loadDictionaries } from '../dictionaries/dictionary.service';
import { AppError, notFound } from '../http/errors';
import { recordHistory } from '../history/history.service';

/** What a person's identifying fields become; reads as hidden in either language (the card says "erased"). */
export const ERASED = '***';
const PERSONAL = ['name', 'title', 'mobile', 'phone', 'email', 'wechat', 'notes'] as const;

/** The values by which a person can be recognised in free text (history, a refused import row). */
export function identifiers(row: ContactRow): string[] {
  return [row.name, row.mobile, row.phone, row.email, row.wechat]
    .filter((v): v is string => !!v && v.length >= 2 && v !== ERASED)
    .sort((a, b) => b.length - a.length);
}

function mentions(text: string, values: string[]): boolean {
  return values.some((v) => text.includes(v));
}

async function personRow(db: DB, reader: Reader, id: string): Promise<ContactRow> {
  const row = await findContactRow(db, reader.scope, id);
  if (!row) throw notFound();
  return row;
}

/**
 * 个人信息副本 (PIPL: access and portability): everything Keyi holds about one person, in readable JSON — their
 * fields with where they came from, the customer they belong to, the follow-ups with them, and the history entries
 * that name them (changes, reveals of their number).
 */
export async function exportPersonalData(db: DB, reader: Reader, id: string) {
  const row = await personRow(db, reader, id);
  const dicts = await loadDictionaries(db, reader.scope);
  const label = (dictionary: 'contactRole' | 'personalDataSource', key: string | null) =>
    key ? dicts.label(dictionary, key, reader.locale) : null;
  const customer = await db
    .selectFrom('customers')
    .select(['name', 'number'])
    .where('id', '=', row.customer_id)
    .executeTakeFirstOrThrow();
  const followUps = await db
    .selectFrom('follow_ups')
    .select(['number', 'at', 'method', 'summary', 'feedback', 'next_date'])
    .where('contact_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('at')
    .execute();
  const values = identifiers(row);
  const history = (
    await db
      .selectFrom('history')
      .select(['at', 'action', 'changes'])
      .where('entity_type', '=', CUSTOMER_ENTITY)
      .where('entity_id', '=', row.customer_id)
      .orderBy('at')
      .execute()
  ).filter((h) => mentions(jsonText(h.changes), [id, ...values]));
  return {
    exportedAt: nowIso(),
    person: {
      name: row.name,
      title: row.title,
      mobile: row.mobile,
      phone: row.phone,
      email: row.email,
      wechat: row.wechat,
      role: label('contactRole', row.role),
      dataSource: label('personalDataSource', row.data_source),
      notes: row.notes,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      erasedAt: row.erased_at,
    },
    customer: { name: customer.name, number: customer.number },
    followUps: followUps.map((f) => ({
      number: f.number,
      at: f.at,
      method: f.method,
      summary: f.summary,
      feedback: f.feedback,
      nextDate: f.next_date,
    })),
    history: history.map((h) => ({ at: h.at, action: h.action, changes: fromJson<unknown>(h.changes) })),
  };
}

/** Replaces every value of the person in a JSON text, longest first (a phone before the name inside it). */
function scrub(text: string, values: string[]): string {
  let result = text;
  for (const value of values) result = result.split(JSON.stringify(value).slice(1, -1)).join(ERASED);
  return result;
}

/**
 * 删除个人信息 (PIPL: erasure): the person's identifying fields are emptied for good, and their values scrubbed from
 * the customer's history and from rows an import refused; the records that point at them (follow-ups, deals) stay,
 * as business records the law lets a company keep. The search index forgets them. One transaction; a second
 * request finds nothing left to erase. Backups made before keep them until the schedule removes those backups.
 */
export async function erasePersonalData(db: DB, reader: Reader, id: string, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await personRow(trx, reader, id);
    if (row.erased_at) throw new AppError('PERSON_ALREADY_ERASED');
    if (row.version !== version) throw new AppError('VERSION_CONFLICT');
    const values = identifiers(row);
    const now = nowIso();
    await trx
      .updateTable('contacts')
      .set({
        ...Object.fromEntries(PERSONAL.map((field) => [field, field === 'name' ? ERASED : null])),
        erased_at: now,
        updated_at: now,
        updated_by: reader.scope.userId,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .execute();
    await scrubPerson(trx, reader.scope.workspaceId, row.customer_id, values);
    await indexCustomer(trx, row.customer_id);
    await recordHistory(trx, reader.scope, {
      entityType: CUSTOMER_ENTITY,
      entityId: row.customer_id,
      action: 'contact.erase',
      changes: { fields: PERSONAL.filter((f) => row[f] !== null) },
    });
  });
}

/**
 * Replaces a person's values with ERASED wherever Keyi copied them into free text: the customer's history and the
 * rows an import refused. For an erasure, and for a contact purged from the recycle bin.
 */
export async function scrubPerson(trx: DB, workspaceId: string, customerId: string, values: string[]) {
  if (!values.length) return;
  const entries = await trx
    .selectFrom('history')
    .select(['id', 'changes'])
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', CUSTOMER_ENTITY)
    .where('entity_id', '=', customerId)
    .execute();
  for (const entry of entries) {
    const text = jsonText(entry.changes);
    if (mentions(text, values))
      await trx
        .updateTable('history')
        .set({ changes: scrub(text, values) })
        .where('id', '=', entry.id)
        .execute();
  }
  // Only the refused rows that carry one of the values are read (an import may have refused thousands).
  const refused = await trx
    .selectFrom('import_rejections')
    .innerJoin('import_batches', 'import_batches.id', 'import_rejections.batch_id')
    .select(['import_rejections.batch_id', 'import_rejections.line', 'import_rejections.cells'])
    .where('import_batches.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or(
        values.map((v) => eb(sql`cast(${sql.ref('import_rejections.cells')} as text)`, 'like', `%${v}%`)),
      ),
    )
    .execute();
  for (const rejection of refused) {
    const text = jsonText(rejection.cells);
    if (mentions(text, values))
      await trx
        .updateTable('import_rejections')
        .set({ cells: scrub(text, values) })
        .where('batch_id', '=', rejection.batch_id)
        .where('line', '=', rejection.line)
        .execute();
  }
}
