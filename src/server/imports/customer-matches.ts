import type { DB } from '../db/schema';
import type { CustomerDraft } from './customer-drafts';

/**
 * The keys a customer is known by in an import: the same credit code, the same name core (nameKeyOf), a phone or
 * an e-mail of one of its contacts. The credit code comes first: it is one company for certain.
 */
export function keysOf(draft: CustomerDraft): string[] {
  const keys: string[] = [];
  if (draft.fields.credit_code) keys.push(`c:${draft.fields.credit_code}`);
  if (draft.fields.name_key) keys.push(`n:${draft.fields.name_key}`);
  for (const contact of draft.contacts) {
    for (const phone of [contact.mobile, contact.phone]) if (phone) keys.push(`p:${phone}`);
    if (contact.email) keys.push(`e:${contact.email}`);
  }
  return keys;
}

/** The live customers already in the workspace under any of the drafts' keys: key → customer id. */
export async function existingMatches(
  db: DB,
  workspaceId: string,
  drafts: readonly CustomerDraft[],
): Promise<Map<string, string>> {
  const wanted = { c: new Set<string>(), n: new Set<string>(), p: new Set<string>(), e: new Set<string>() };
  for (const key of drafts.flatMap(keysOf)) wanted[key[0] as keyof typeof wanted].add(key.slice(2));
  const found = new Map<string, string>();
  const live = db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', workspaceId)
    .where('customers.deleted_at', 'is', null);
  if (wanted.c.size)
    for (const row of await live
      .select(['id', 'credit_code'])
      .where('credit_code', 'in', [...wanted.c])
      .execute())
      found.set(`c:${row.credit_code}`, row.id);
  if (wanted.n.size)
    for (const row of await live
      .select(['id', 'name_key'])
      .where('name_key', 'in', [...wanted.n])
      .execute())
      if (!found.has(`n:${row.name_key}`)) found.set(`n:${row.name_key}`, row.id);
  const contacts = (column: 'mobile' | 'phone' | 'email', values: Set<string>) =>
    values.size
      ? db
          .selectFrom('contacts')
          .innerJoin('customers', 'customers.id', 'contacts.customer_id')
          .select(['customers.id', `contacts.${column} as value`])
          .where('contacts.workspace_id', '=', workspaceId)
          .where('contacts.deleted_at', 'is', null)
          .where('customers.deleted_at', 'is', null)
          .where(`contacts.${column}`, 'in', [...values])
          .execute()
      : Promise.resolve([]);
  for (const [column, prefix, values] of [
    ['mobile', 'p', wanted.p],
    ['phone', 'p', wanted.p],
    ['email', 'e', wanted.e],
  ] as const)
    for (const row of await contacts(column, values))
      if (row.value && !found.has(`${prefix}:${row.value}`)) found.set(`${prefix}:${row.value}`, row.id);
  return found;
}
