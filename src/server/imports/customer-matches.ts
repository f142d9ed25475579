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
  // Contacts first through their (workspace, value) indexes, then which of their customers are live: a join let
  // SQLite walk every contact once the table grew (150–300 ms a chunk after a few thousand rows).
  const matched: { customer_id: string; value: string; prefix: string }[] = [];
  for (const [column, prefix, values] of [
    ['mobile', 'p', wanted.p],
    ['phone', 'p', wanted.p],
    ['email', 'e', wanted.e],
  ] as const) {
    if (!values.size) continue;
    const rows = await db
      .selectFrom('contacts')
      .select(['customer_id', `${column} as value`])
      .where('workspace_id', '=', workspaceId)
      .where(column, 'in', [...values])
      .where('deleted_at', 'is', null)
      .execute();
    for (const row of rows)
      if (row.value) matched.push({ customer_id: row.customer_id, value: row.value, prefix });
  }
  const ids = [...new Set(matched.map((m) => m.customer_id))];
  const alive = new Set(
    ids.length ? (await live.select('id').where('id', 'in', ids).execute()).map((r) => r.id) : [],
  );
  for (const m of matched)
    if (alive.has(m.customer_id) && !found.has(`${m.prefix}:${m.value}`))
      found.set(`${m.prefix}:${m.value}`, m.customer_id);
  return found;
}
