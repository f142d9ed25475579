import { todayIn } from '../../domain/dates';
import { now as clockNow } from '../clock';
import { insertContactRows } from '../contacts/contact.service';
import { indexCustomers } from '../customers/customer-search';
import { encodeCustomerFields } from '../customers/customer.repository';
import type { CustomerFields } from '../customers/customer-input';
import { fromJson, nowIso } from '../db/dialect';
import type { DB } from '../db/schema';
import type { CustomerDraft } from './customer-drafts';
import type { WriteContext } from './customer-writer';
import { recordImported, rememberBefore, visibleIds } from './import-records';

export interface Update {
  draft: CustomerDraft;
  id: string;
  /** The match is a customer this batch created: undo removes it whole, no earlier state to keep. */
  createdByBatch: boolean;
}

/** The columns an import may change on a customer it matched: not its identity (name, kind), never cleared. */
const UPDATABLE = [
  'credit_code',
  'industry',
  'company_size',
  'province',
  'city',
  'address',
  'source_channel',
  'type',
  'status',
  'stage',
  'owner_id',
  'first_contact_date',
  'notes',
  'needs',
] as const satisfies readonly (keyof CustomerFields)[];
type Updatable = (typeof UPDATABLE)[number] | 'grade' | 'grade_manual' | 'owner_since';

/** What an updated customer held before the batch: its columns, version, tags and the contacts it added. */
export interface Before {
  version: number;
  /** The version the batch's last change left (a customer matched by rows in two chunks is changed twice). */
  last?: number;
  columns: Partial<Record<Updatable, unknown>>;
  tags: string[];
  contactIds: string[];
}

/**
 * Updates the matched customers with what the rows bring (filled cells only; the sheet's grade is a manual grade),
 * adds contacts whose phone or e-mail the customer does not have yet, and tags; what each held before is recorded for
 * undo. A match the caller may not change (a colleague's customer) is left alone and reported as a duplicate.
 */
export async function updateMatched(trx: DB, ctx: WriteContext, updates: readonly Update[]) {
  const visible = await visibleIds(trx, ctx.reader, [...new Set(updates.map((u) => u.id))]);
  const notAllowed = updates.filter((u) => !visible.has(u.id)).map((u) => u.draft);
  const allowed = updates.filter((u) => visible.has(u.id));
  if (!allowed.length) return { updated: 0, notAllowed };
  const ids = [...new Set(allowed.map((u) => u.id))];
  const rows = new Map(
    (await trx.selectFrom('customers').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]),
  );
  const contacts = await trx
    .selectFrom('contacts')
    .select(['customer_id', 'mobile', 'phone', 'email'])
    .where('customer_id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  const tags = await trx
    .selectFrom('customer_tags')
    .select(['customer_id', 'tag'])
    .where('customer_id', 'in', ids)
    .execute();
  const known = new Set(
    contacts.flatMap((c) => [c.mobile, c.phone, c.email].filter(Boolean).map((v) => `${c.customer_id}:${v}`)),
  );
  const tagged = new Set(tags.map((t) => `${t.customer_id}:${t.tag}`));
  // The batch's records so far: a customer changed in an earlier chunk keeps what it held before the first change.
  const befores = ctx.updated;
  const recorded = new Set(befores.keys());
  const changes = new Map<string, Partial<Record<Updatable, unknown>>>();
  const newContacts: Parameters<typeof insertContactRows>[2] = [];
  const newTags: { workspace_id: string; customer_id: string; tag: string }[] = [];
  const today = todayIn(ctx.settings.timeZone, clockNow());
  for (const { draft, id, createdByBatch } of allowed) {
    const row = rows.get(id)!;
    const set = changes.get(id) ?? {};
    for (const column of UPDATABLE)
      if (draft.fields[column] !== undefined) set[column] = draft.fields[column];
    if (draft.fields.needs)
      set.needs = { ...fromJson<object>(row.needs ?? '{}'), ...(set.needs as object), ...draft.fields.needs };
    if (draft.fields.grade_manual) Object.assign(set, { grade: draft.fields.grade, grade_manual: true });
    if (set.owner_id && set.owner_id !== row.owner_id) set.owner_since = today;
    changes.set(id, set);
    if (!createdByBatch && !befores.has(id))
      befores.set(id, {
        version: row.version,
        columns: {},
        tags: tags.filter((t) => t.customer_id === id).map((t) => t.tag),
        contactIds: [],
      });
    for (const contact of draft.contacts) {
      const values = [contact.mobile, contact.phone, contact.email].filter((v): v is string => !!v);
      if (!values.length || values.some((v) => known.has(`${id}:${v}`))) continue;
      for (const v of values) known.add(`${id}:${v}`);
      newContacts.push({ customerId: id, contact: { ...contact, is_primary: false } });
    }
    for (const tag of draft.tags)
      if (!tagged.has(`${id}:${tag}`)) {
        tagged.add(`${id}:${tag}`);
        newTags.push({ workspace_id: ctx.reader.scope.workspaceId, customer_id: id, tag });
      }
  }
  const now = nowIso();
  for (const [id, set] of changes) {
    const row = rows.get(id)!;
    const before = befores.get(id);
    if (before) {
      for (const column of Object.keys(set) as Updatable[])
        if (!(column in before.columns)) before.columns[column] = heldBefore(row, column);
      before.last = row.version + 1;
    }
    await trx
      .updateTable('customers')
      .set({
        ...encodeCustomerFields(trx, set as CustomerFields),
        version: row.version + 1,
        updated_at: now,
        updated_by: ctx.reader.scope.userId || null,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .execute();
  }
  const contactIds = await insertContactRows(trx, ctx.reader.scope, newContacts);
  newContacts.forEach(({ customerId }, i) => befores.get(customerId)?.contactIds.push(contactIds[i]!));
  for (let i = 0; i < newTags.length; i += 500)
    await trx
      .insertInto('customer_tags')
      .values(newTags.slice(i, i + 500))
      .execute();
  await indexCustomers(trx, [...new Set(newContacts.map((c) => c.customerId))]);
  const touched = [...changes.keys()].filter((id) => befores.has(id));
  await recordImported(
    trx,
    ctx,
    touched
      .filter((id) => !recorded.has(id))
      .map((id) => ({ id, action: 'updated' as const, before: befores.get(id) })),
  );
  for (const id of touched.filter((id) => recorded.has(id)))
    await rememberBefore(trx, ctx.batchId, id, befores.get(id)!);
  return { updated: allowed.length, notAllowed };
}

/** A column as the row held it, in the form CustomerFields takes (JSON parsed, booleans as booleans). */
function heldBefore(row: object, column: Updatable): unknown {
  const value = (row as Record<string, unknown>)[column];
  if (column === 'needs') return fromJson(value ?? '{}');
  if (column === 'grade_manual') return Boolean(value);
  return value;
}
